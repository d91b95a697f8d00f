package dev.memkit.app;

import dev.memkit.app.cli.Cli;
import dev.memkit.app.cli.ExitCodes;
import dev.memkit.app.config.Environment;
import dev.memkit.app.wiring.Wiring;
import java.io.PrintWriter;

/** The {@code memkit} program: wires the configured backends and runs the command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = Cli.run(args, Wiring.production(Environment.system()), out, err);
    } catch (RuntimeException e) {
      // Wiring failed before any command ran (a broken binding): still one line, never a stack
      // trace.
      err.println(
          "memkit: could not start: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      code = ExitCodes.INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }
}
