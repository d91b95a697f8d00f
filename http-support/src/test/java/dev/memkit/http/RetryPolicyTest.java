package dev.memkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Origin ORIGIN = Origin.remote("svc", 500, Option.none());
  private static final Failure DOWN = new Failure.Unavailable(ORIGIN, "server error");
  private static final Failure MISSING = new Failure.NotFound(ORIGIN, "card 1");

  private final MutableClock clock = MutableClock.standard();
  private final VirtualSleeper sleeper = new VirtualSleeper(clock);
  private final RetryPolicy policy =
      RetryPolicy.exponential(4, Duration.ofSeconds(1), Duration.ofSeconds(30), sleeper);

  /** Answers the queued results in order and records the virtual instant of each call. */
  private final class Script implements Supplier<Either<Failure, String>> {
    private final Deque<Either<Failure, String>> answers = new ArrayDeque<>();
    private final List<Instant> calls = new ArrayList<>();

    @SafeVarargs
    Script(Either<Failure, String>... answers) {
      this.answers.addAll(List.of(answers));
    }

    @Override
    public Either<Failure, String> get() {
      calls.add(clock.instant());
      return answers.size() > 1 ? answers.pollFirst() : answers.peekFirst();
    }
  }

  @Test
  void shouldRetryWithDoublingWaitsWhenAnIdempotentCallIsUnavailable() {
    Instant start = clock.instant();
    Script script = new Script(Either.left(DOWN), Either.left(DOWN), Either.right("ok"));

    Either<Failure, String> result = policy.run(Idempotency.IDEMPOTENT, script);

    assertThat(result).isEqualTo(Either.right("ok"));
    assertThat(script.calls).containsExactly(start, start.plusSeconds(1), start.plusSeconds(3));
    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void shouldStopAfterTheLastAttemptWhenTheServiceStaysDown() {
    Script script = new Script(Either.left(DOWN));

    Either<Failure, String> result = policy.run(Idempotency.IDEMPOTENT, script);

    assertThat(result).isEqualTo(Either.left(DOWN));
    assertThat(script.calls).hasSize(4);
    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(1 + 2 + 4));
  }

  @Test
  void shouldNeverRetryWhenTheCallIsNotIdempotent() {
    Script script = new Script(Either.left(DOWN), Either.right("ok"));

    Either<Failure, String> result = policy.run(Idempotency.NOT_IDEMPOTENT, script);

    assertThat(result).isEqualTo(Either.left(DOWN));
    assertThat(script.calls).hasSize(1);
    assertThat(sleeper.slept()).isZero();
  }

  @Test
  void shouldNotRetryWhenTheFailureWillNotPass() {
    Script script = new Script(Either.left(MISSING), Either.right("ok"));

    assertThat(policy.run(Idempotency.IDEMPOTENT, script)).isEqualTo(Either.left(MISSING));
    assertThat(script.calls).hasSize(1);
  }

  @Test
  void shouldWaitWhatTheServiceAskedWhenRateLimited() {
    Failure limited = new Failure.RateLimited(ORIGIN, Option.some(Duration.ofSeconds(7)));
    Script script = new Script(Either.left(limited), Either.right("ok"));

    assertThat(policy.run(Idempotency.IDEMPOTENT, script)).isEqualTo(Either.right("ok"));
    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void shouldBackOffWhenRateLimitedWithoutRetryAfter() {
    Failure limited = new Failure.RateLimited(ORIGIN, Option.none());
    Script script = new Script(Either.left(limited), Either.left(limited), Either.right("ok"));

    assertThat(policy.run(Idempotency.IDEMPOTENT, script)).isEqualTo(Either.right("ok"));
    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void shouldGiveUpAtOnceWhenTheServiceAsksForALongerWaitThanTheMaximum() {
    Failure limited = new Failure.RateLimited(ORIGIN, Option.some(Duration.ofMinutes(10)));
    Script script = new Script(Either.left(limited), Either.right("ok"));

    assertThat(policy.run(Idempotency.IDEMPOTENT, script)).isEqualTo(Either.left(limited));
    assertThat(script.calls).hasSize(1);
    assertThat(sleeper.slept()).isZero();
  }

  @Test
  void shouldCapTheBackOffWhenRetriesGrowLong() {
    RetryPolicy many =
        RetryPolicy.exponential(10, Duration.ofSeconds(1), Duration.ofSeconds(5), sleeper);

    assertThat(many.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(many.backoff(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(many.backoff(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(many.backoff(1_000)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void shouldTryOnceWhenThePolicyIsNever() {
    Script script = new Script(Either.left(DOWN), Either.right("ok"));

    assertThat(RetryPolicy.never().run(Idempotency.IDEMPOTENT, script))
        .isEqualTo(Either.left(DOWN));
    assertThat(script.calls).hasSize(1);
  }

  @Test
  void shouldStopRetryingAndKeepTheFlagWhenTheWaitIsInterrupted() {
    RetryPolicy interrupted =
        RetryPolicy.exponential(
            3,
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            duration -> {
              throw new InterruptedException();
            });
    Script script = new Script(Either.left(DOWN), Either.right("ok"));

    try {
      assertThat(interrupted.run(Idempotency.IDEMPOTENT, script)).isEqualTo(Either.left(DOWN));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void shouldRejectNonsenseWhenBuilt() {
    assertThatThrownBy(() -> RetryPolicy.exponential(0, Duration.ZERO, Duration.ZERO, sleeper))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> RetryPolicy.exponential(2, Duration.ofSeconds(5), Duration.ofSeconds(1), sleeper))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
