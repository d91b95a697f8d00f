package dev.memkit.adapter.maimemo;

import dev.memkit.port.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Admits requests so that no window of the service's limits is ever exceeded: at most {@code limit}
 * requests in ANY interval of the window's length (a sliding window, exactly how MaiMemo states its
 * limits: 20 in 10 s, 40 in 60 s, 2000 in 5 h).
 *
 * <p>Why a sliding window and not a token bucket: a bucket sized for the burst (20 tokens, refilled
 * at 40/60 s) lets 20 go at once and then refills while the 60-s window still holds them, so some
 * 60-s interval ends up with more than 40 requests: it breaks the limit. A bucket sized safely
 * (refill 2000 per 5 h, i.e. one every 9 s) wastes nearly all the capacity the service grants. The
 * log of send times costs at most 2000 instants (the largest limit) and lets each request wait
 * exactly until the oldest request of the binding window leaves it, plus a small safety margin for
 * the distance between our clock and the service's.
 *
 * <p>Time is read from the injected clock and waited through the injected sleeper, so tests run
 * hours in milliseconds. Thread-safe: callers are admitted one at a time.
 */
final class RateLimiter {

  /** One limit: at most {@code limit} requests in any interval of {@code length}. */
  record Window(Duration length, int limit) {
    Window {
      Objects.requireNonNull(length, "length");
      if (limit < 1 || length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("a window needs a positive length and limit");
      }
    }
  }

  /** MaiMemo's limits for its word-learning APIs. */
  static final List<Window> MAIMEMO =
      List.of(
          new Window(Duration.ofSeconds(10), 20),
          new Window(Duration.ofSeconds(60), 40),
          new Window(Duration.ofHours(5), 2000));

  private final List<Window> windows;
  private final Duration margin;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration longest;
  private final int largest;

  /** Send times of admitted requests, oldest first; only those the longest window still holds. */
  private final ArrayDeque<Instant> sent = new ArrayDeque<>();

  private Duration waited = Duration.ZERO;

  RateLimiter(List<Window> windows, Duration margin, Clock clock, Sleeper sleeper) {
    this.windows = List.copyOf(windows);
    this.margin = Objects.requireNonNull(margin, "margin");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.longest =
        this.windows.stream().map(Window::length).max(Duration::compareTo).orElse(Duration.ZERO);
    this.largest = this.windows.stream().mapToInt(Window::limit).max().orElse(0);
  }

  static RateLimiter maimemo(Duration margin, Clock clock, Sleeper sleeper) {
    return new RateLimiter(MAIMEMO, margin, clock, sleeper);
  }

  /**
   * Waits until one more request fits every window, then counts it as sent now. Interrupted, it
   * keeps the interrupt flag and returns false without counting.
   */
  synchronized boolean acquire() {
    while (true) {
      Instant now = clock.instant();
      forgetBefore(now.minus(longest));
      Duration wait = waitAt(now);
      if (wait.isZero()) {
        sent.addLast(now);
        return true;
      }
      try {
        sleeper.sleep(wait);
        waited = waited.plus(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** The total time callers have waited for the limits (for progress reports and tests). */
  synchronized Duration waited() {
    return waited;
  }

  /** How many requests the windows hold now. */
  synchronized int inFlightWithin(Duration length) {
    Instant from = clock.instant().minus(length);
    return (int) sent.stream().filter(t -> t.isAfter(from)).count();
  }

  /**
   * Zero when a request may go at {@code now}; otherwise how long until the binding window lets one
   * more in: its oldest request inside the window must leave (at send time + length), plus margin.
   */
  private Duration waitAt(Instant now) {
    Duration wait = Duration.ZERO;
    for (Window window : windows) {
      Instant from = now.minus(window.length());
      // Requests strictly after 'from' are inside the window [now - length, now].
      int inside = 0;
      Instant oldestInside = null;
      Iterator<Instant> newestFirst = sent.descendingIterator();
      while (newestFirst.hasNext()) {
        Instant t = newestFirst.next();
        if (!t.isAfter(from)) {
          break;
        }
        inside++;
        if (inside == window.limit()) {
          oldestInside = t;
          break;
        }
      }
      if (oldestInside != null) {
        // The window holds 'limit' requests: one more may go once the limit-th newest leaves.
        Duration needed = Duration.between(now, oldestInside.plus(window.length())).plus(margin);
        if (needed.compareTo(wait) > 0) {
          wait = needed;
        }
      }
    }
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  private void forgetBefore(Instant cutoff) {
    while (!sent.isEmpty() && !sent.peekFirst().isAfter(cutoff) || sent.size() > largest) {
      sent.pollFirst();
    }
  }
}
