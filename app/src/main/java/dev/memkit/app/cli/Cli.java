package dev.memkit.app.cli;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs one {@code memkit} command line against an object graph. Every failure ends as one line on
 * standard error and a documented exit code ({@link ExitCodes}); a stack trace is never shown to
 * the user.
 */
public final class Cli {

  private Cli() {}

  /** Runs {@code args}; returns the exit code. */
  public static int run(String[] args, Injector injector, PrintWriter out, PrintWriter err) {
    GuiceFactory factory = new GuiceFactory(injector);
    CommandLine commandLine = new CommandLine(MemkitCommand.class, factory);
    for (Class<?> command : needed(args)) {
      commandLine.addSubcommand(new CommandLine(command, factory));
    }
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

  /**
   * The commands {@code args} may run: the one named by the first argument that is not an option,
   * none for {@code --version}, and every one otherwise (the usage lists them all, and picocli
   * suggests the closest to a mistyped name).
   */
  static List<Class<?>> needed(String[] args) {
    for (String arg : args) {
      if (arg.equals("-V") || arg.equals("--version")) {
        return List.of();
      }
      if (arg.startsWith("-")) {
        continue;
      }
      for (Class<?> command : MemkitCommand.SUBCOMMANDS) {
        if (command.getAnnotation(Command.class).name().equals(arg)) {
          return List.of(command);
        }
      }
      break;
    }
    return MemkitCommand.SUBCOMMANDS;
  }
}
