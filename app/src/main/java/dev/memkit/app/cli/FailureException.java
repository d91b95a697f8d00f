package dev.memkit.app.cli;

import dev.memkit.port.Failure;

/**
 * Carries a {@link Failure} out of a command to {@link Main}, which prints its message and exits
 * with its code. Used only inside the CLI, where picocli's control flow wants an exception; use
 * cases return {@code Either}.
 */
public final class FailureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Failure failure;

  FailureException(Failure failure) {
    super(failure.message(), null, false, false);
    this.failure = failure;
  }

  Failure failure() {
    return failure;
  }
}
