package dev.memkit.adapter.maimemo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final Duration MARGIN = Duration.ofMillis(50);

  private final MutableClock clock = MutableClock.standard();
  private final VirtualSleeper sleeper = new VirtualSleeper(clock);
  private final RateLimiter limiter = RateLimiter.maimemo(MARGIN, clock, sleeper);

  private List<Duration> issue(int requests) {
    Instant start = clock.instant();
    List<Duration> at = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      assertThat(limiter.acquire()).isTrue();
      at.add(Duration.between(start, clock.instant()));
    }
    return at;
  }

  @Test
  void shouldSendHundredReadsInBatchesOfTwentyAtTheVirtualTimeMinimumWhenIssuedAtOnce() {
    List<Duration> at = issue(100);

    Map<Long, Integer> perSecond = new TreeMap<>();
    at.forEach(d -> perSecond.merge(d.toSeconds(), 1, Integer::sum));
    assertThat(perSecond).containsOnlyKeys(0L, 10L, 60L, 70L, 120L);
    assertThat(perSecond.values()).containsOnly(20);
    // Never longer than needed: the last batch goes at 120 s plus at most a few safety margins.
    assertThat(at.get(99)).isBetween(Duration.ofSeconds(120), Duration.ofMillis(120_200));
  }

  @Test
  void shouldNeverExceedAnyWindowWhenRequestsArriveSteadily() {
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      limiter.acquire();
      times.add(clock.instant());
      clock.advance(Duration.ofMillis(300));
    }
    for (RateLimiter.Window window : RateLimiter.MAIMEMO) {
      for (int i = 0; i < times.size(); i++) {
        Instant end = times.get(i).plus(window.length());
        long inside = times.stream().filter(t -> !t.isBefore(times.get(0))).count();
        int from = i;
        long count =
            times.stream().filter(t -> !t.isBefore(times.get(from)) && t.isBefore(end)).count();
        assertThat(count)
            .as("window %s from request %d", window, i)
            .isLessThanOrEqualTo(window.limit());
        assertThat(inside).isPositive();
      }
    }
  }

  @Test
  void shouldHoldTheFiveHourWindowAtTwoThousandWhenTheShortWindowsAllowMore() {
    List<Duration> at = issue(2001);

    Duration last = at.get(2000);
    // 2000 requests take 50 minutes at 40 per minute; the 2001st waits for the first to be 5 h old.
    assertThat(at.get(1999)).isLessThan(Duration.ofHours(1));
    assertThat(last).isBetween(Duration.ofHours(5), Duration.ofHours(5).plusSeconds(1));
    assertThat(limiter.inFlightWithin(Duration.ofHours(5))).isLessThanOrEqualTo(2000);
  }

  @Test
  void shouldNotWaitWhenTheWindowsHaveRoom() {
    List<Duration> at = issue(20);

    assertThat(at).containsOnly(Duration.ZERO);
    assertThat(sleeper.slept()).isZero();
  }
}
