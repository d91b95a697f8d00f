package dev.memkit.testkit;

import dev.memkit.port.Sleeper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Sleeper} that "waits" by advancing a {@link MutableClock}: code under test sees time
 * pass, the test does not. Records the total it was asked to wait, for assertions on back-off and
 * pacing.
 */
public final class VirtualSleeper implements Sleeper {

  private final MutableClock clock;
  private final AtomicReference<Duration> total = new AtomicReference<>(Duration.ZERO);

  public VirtualSleeper(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    clock.advance(duration);
    total.accumulateAndGet(duration, Duration::plus);
  }

  /** Everything this sleeper was asked to wait so far. */
  public Duration slept() {
    return total.get();
  }
}
