package dev.memkit.archfixture.usecaseleak.app.usecase;

import picocli.CommandLine;

/** Breaks "use cases depend only on ports and domain": a use case that drives the command line. */
public final class PrintNotes {
  public int run(CommandLine commandLine) {
    return commandLine.execute();
  }
}
