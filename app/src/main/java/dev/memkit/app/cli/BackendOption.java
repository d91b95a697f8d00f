package dev.memkit.app.cli;

import io.vavr.control.Option;
import picocli.CommandLine;

/** {@code --backend NAME}: a mixin for every command that works on one backend's ports. */
public final class BackendOption {

  @CommandLine.Option(
      names = {"-b", "--backend"},
      paramLabel = "NAME",
      description =
          "Backend to use: local, maimemo, memos or memjogger (default: $MEMKIT_BACKEND, else local).")
  String name;

  public Option<String> requested() {
    return Option.of(name).map(String::strip).filter(n -> !n.isEmpty());
  }
}
