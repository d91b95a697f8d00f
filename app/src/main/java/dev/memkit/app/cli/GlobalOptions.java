package dev.memkit.app.cli;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Options given on the command line that reach beyond one command: {@code --db}. One instance per
 * run, shared by the command line (which sets it while parsing) and the wiring (which reads it when
 * a backend is opened, after parsing).
 */
public final class GlobalOptions {

  private final AtomicReference<Option<Path>> database = new AtomicReference<>(Option.none());

  public Option<Path> database() {
    return database.get();
  }

  void database(Path path) {
    database.set(Option.some(path));
  }
}
