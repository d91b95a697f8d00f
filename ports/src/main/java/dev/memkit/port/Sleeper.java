package dev.memkit.port;

import java.time.Duration;

/**
 * How code that must wait (a retry back-off, a rate-limit pause, a fake's injected latency) waits.
 * Injected together with a {@link java.time.Clock} so that tests run waits in virtual time instead
 * of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** Really waits, on the calling thread. */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
      }
    };
  }
}
