package dev.memkit.app;

import com.google.inject.Injector;
import dev.memkit.app.cli.Cli;
import dev.memkit.app.cli.ExitCodes;
import dev.memkit.app.config.Environment;
import dev.memkit.app.wiring.OpenResources;
import dev.memkit.app.wiring.Wiring;
import java.io.PrintWriter;

/** The {@code memkit} program: wires the configured backends and runs the command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // memkit uses no method interception; without Guice's class generation there is less to load at
    // start and
    // nothing touches sun.misc.Unsafe, which JDK 23+ warns about on every run.
    if (System.getProperty("guice_bytecode_gen_option") == null) {
      System.setProperty("guice_bytecode_gen_option", "DISABLED");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      Injector injector = Wiring.production(Environment.system());
      try (OpenResources resources = injector.getInstance(OpenResources.class)) {
        code = Cli.run(args, injector, out, err);
      }
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
