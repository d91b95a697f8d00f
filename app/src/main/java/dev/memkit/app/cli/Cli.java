package dev.memkit.app.cli;

import com.google.inject.Injector;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs one {@code memkit} command line against an object graph. Every failure ends as one line on
 * standard error and a documented exit code ({@link ExitCodes}); a stack trace is never shown to
 * the user.
 */
public final class Cli {

  private Cli() {}

  /** Runs {@code args}; returns the exit code. */
  public static int run(String[] args, Injector injector, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(MemkitCommand.class, new GuiceFactory(injector));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          if (exception instanceof FailureException failure) {
            err.println("memkit: " + failure.getMessage());
            return ExitCodes.of(failure.failure());
          }
          if (exception instanceof Outcomes.BackendProblemException problem) {
            err.println("memkit: " + problem.getMessage());
            return problem.exitCode();
          }
          if (exception instanceof Outcomes.ExitException exit) {
            err.println("memkit: " + exit.getMessage());
            return exit.code();
          }
          err.println(
              "memkit: internal error: "
                  + exception.getClass().getSimpleName()
                  + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
          err.println("This is a bug in memkit; please report it with the command you ran.");
          return ExitCodes.INTERNAL_ERROR;
        });
    return commandLine.execute(args);
  }
}
