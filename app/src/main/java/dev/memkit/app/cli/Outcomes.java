package dev.memkit.app.cli;

import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.port.Failure;
import io.vavr.control.Either;

/**
 * Where commands leave the world of {@code Either}: a failure becomes an exception that {@link Cli}
 * turns into one line on standard error and an exit code.
 */
public final class Outcomes {

  private Outcomes() {}

  /** The value, or a {@link FailureException} carrying the failure. */
  public static <T> T orExit(Either<Failure, T> outcome) {
    return outcome.getOrElseThrow(FailureException::new);
  }

  /** The chosen backend's ports, or an exit with 13 (not configured) or 2 (unknown name). */
  public static BackendPorts choose(BackendChoice choice, BackendOption option) {
    return choice
        .choose(option.requested())
        .getOrElseThrow(
            problem ->
                problem instanceof BackendChoice.Problem.Unavailable unavailable
                    ? new FailureException(unavailable.failure())
                    : new BackendProblemException(problem));
  }

  /**
   * Ends the command with {@code code} after printing {@code message}; for checks the CLI makes
   * itself.
   */
  public static RuntimeException exit(int code, String message) {
    return new ExitException(code, message);
  }

  static final class BackendProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient BackendChoice.Problem problem;

    BackendProblemException(BackendChoice.Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    int exitCode() {
      return problem instanceof BackendChoice.Problem.NotConfigured
          ? ExitCodes.NOT_CONFIGURED
          : ExitCodes.USAGE;
    }
  }

  static final class ExitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    ExitException(int code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    int code() {
      return code;
    }
  }
}
