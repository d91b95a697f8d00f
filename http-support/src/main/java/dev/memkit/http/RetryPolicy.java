package dev.memkit.http;

import dev.memkit.port.Failure;
import dev.memkit.port.Sleeper;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Retries idempotent calls that failed for a reason that may pass: {@link Failure.Unavailable} (a
 * server error, a broken connection) after an exponential back-off, and {@link Failure.RateLimited}
 * after the wait the service asked for (or the back-off when it did not say). Everything else, and
 * every {@link Idempotency#NOT_IDEMPOTENT} call, is returned after the first attempt.
 *
 * <p>Waiting goes through the injected {@link Sleeper}, so tests run it in virtual time. The n-th
 * retry waits {@code first × 2^(n−1)}, at most {@code max}; a service asking for a longer wait than
 * {@code max} is not waited for: its {@code RateLimited} goes back to the caller. No jitter: one
 * command-line user does not make a thundering herd, and exact waits keep tests exact. An
 * interrupted wait stops retrying, keeps the interrupt flag and returns the last failure.
 */
public final class RetryPolicy {

  private final int maxAttempts;
  private final Duration first;
  private final Duration max;
  private final Sleeper sleeper;

  private RetryPolicy(int maxAttempts, Duration first, Duration max, Sleeper sleeper) {
    this.maxAttempts = maxAttempts;
    this.first = first;
    this.max = max;
    this.sleeper = sleeper;
  }

  /**
   * At most {@code maxAttempts} attempts in all (1 means no retry), the first retry after {@code
   * first}, each next one after twice the previous wait, never more than {@code max}.
   */
  public static RetryPolicy exponential(
      int maxAttempts, Duration first, Duration max, Sleeper sleeper) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(sleeper, "sleeper");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt, was " + maxAttempts);
    }
    if (first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 <= first <= max, was " + first + ", " + max);
    }
    return new RetryPolicy(maxAttempts, first, max, sleeper);
  }

  /** Three attempts, waiting 1 s and then 2 s; rate-limit waits up to 30 s are honoured. */
  public static RetryPolicy standard(Sleeper sleeper) {
    return exponential(3, Duration.ofSeconds(1), Duration.ofSeconds(30), sleeper);
  }

  /** One attempt, never a retry. */
  public static RetryPolicy never() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, duration -> {});
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** The back-off before retry number {@code retry} (1 for the first retry). */
  public Duration backoff(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retries count from 1, was " + retry);
    }
    Duration wait = first;
    for (int i = 1; i < retry && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }

  /** Runs {@code call}, retrying as described above when {@code idempotency} allows it. */
  public <T> Either<Failure, T> run(Idempotency idempotency, Supplier<Either<Failure, T>> call) {
    Objects.requireNonNull(idempotency, "idempotency");
    Objects.requireNonNull(call, "call");
    Either<Failure, T> result = call.get();
    if (idempotency == Idempotency.NOT_IDEMPOTENT) {
      return result;
    }
    for (int retry = 1; result.isLeft() && retry < maxAttempts; retry++) {
      Option<Duration> wait = waitBefore(retry, result.getLeft());
      if (wait.isEmpty()) {
        return result;
      }
      try {
        sleeper.sleep(wait.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return result;
      }
      result = call.get();
    }
    return result;
  }

  private Option<Duration> waitBefore(int retry, Failure failure) {
    if (failure instanceof Failure.Unavailable) {
      return Option.some(backoff(retry));
    }
    if (failure instanceof Failure.RateLimited limited) {
      Duration asked = limited.retryAfter().getOrElse(() -> backoff(retry));
      return asked.compareTo(max) <= 0 ? Option.some(asked) : Option.none();
    }
    return Option.none();
  }
}
