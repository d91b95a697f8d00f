package dev.memkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that only moves when told to: {@link #advance} and {@link #set}. Thread-safe.
 * Clocks derived with {@link #withZone} share the same instant, so a test can look at one moment
 * from several zones.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public static MutableClock at(Instant start, ZoneId zone) {
    return new MutableClock(new AtomicReference<>(start), zone);
  }

  /** 2026-01-05T09:00:00Z (a Monday) in UTC: a fixed, ordinary starting point for tests. */
  public static MutableClock standard() {
    return at(Instant.parse("2026-01-05T09:00:00Z"), ZoneId.of("UTC"));
  }

  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time does not go backwards: " + duration);
    }
    now.updateAndGet(instant -> instant.plus(duration));
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public MutableClock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
