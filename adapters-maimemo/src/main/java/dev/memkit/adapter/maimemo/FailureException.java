package dev.memkit.adapter.maimemo;

import dev.memkit.port.Failure;

/** Carries a {@link Failure} through code that only speaks exceptions (a Caffeine loader). */
final class FailureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial")
  private final Failure failure;

  FailureException(Failure failure) {
    super(failure.message(), null, false, false);
    this.failure = failure;
  }

  Failure failure() {
    return failure;
  }

  /** The failure inside {@code e} or its causes, if one is. */
  static io.vavr.control.Option<Failure> in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FailureException f) {
        return io.vavr.control.Option.some(f.failure());
      }
    }
    return io.vavr.control.Option.none();
  }
}
