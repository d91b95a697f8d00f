package dev.memkit.testkit;

import dev.memkit.port.Failure;
import dev.memkit.port.Sleeper;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Fault injection shared by every fake: make the next calls fail with a given {@link Failure}, or
 * make every call slow. Latency is spent through a {@link Sleeper}, so with a {@link
 * VirtualSleeper} a slow fake costs no real time. A failed call changes no state: the fake's
 * operation is not run at all.
 */
public final class Faults {

  private final Sleeper sleeper;
  private final Deque<Failure> queued = new ArrayDeque<>();
  private Duration latency = Duration.ZERO;
  private int calls;

  public Faults(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper);
  }

  /** The next {@code count} calls fail with {@code failure}, after any failures queued before. */
  public synchronized Faults failNext(int count, Failure failure) {
    Objects.requireNonNull(failure);
    for (int i = 0; i < count; i++) {
      queued.addLast(failure);
    }
    return this;
  }

  /** Every call waits {@code latency} before it runs (through the sleeper). */
  public synchronized Faults latency(Duration latency) {
    this.latency = Objects.requireNonNull(latency);
    return this;
  }

  /** Forget queued failures and latency. */
  public synchronized Faults clear() {
    queued.clear();
    latency = Duration.ZERO;
    return this;
  }

  /** How many calls went through this fake so far, failed ones included. */
  public synchronized int calls() {
    return calls;
  }

  /**
   * Runs one call of the fake: waits the latency, then fails if a failure is queued, else calls
   * {@code body}.
   */
  public <T> Either<Failure, T> run(Supplier<Either<Failure, T>> body) {
    Duration wait;
    Failure failure;
    synchronized (this) {
      calls++;
      wait = latency;
      failure = queued.pollFirst();
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while simulating latency", e);
    }
    return failure != null ? Either.left(failure) : body.get();
  }
}
