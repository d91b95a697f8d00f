package dev.memkit.app.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: {@code memkit}. Alone it prints the usage. */
@Command(
    name = "memkit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Spaced repetition and notes across MaiMemo, Memos, Memjogger and a local store.",
      "",
      "Backends: local (default, no account), maimemo, memos, memjogger. Configure remote ones with"
          + " environment variables; `memkit backends` shows what is set up."
    },
    footer = {
      "",
      "Start: memkit cards import FILE --deck NAME; then memkit due, memkit review.",
      "Every command has --help; read commands have --json.",
      "",
      "Exit codes: 0 ok, 1 internal error, 2 usage, 3 not found, 4 invalid input,",
      "5 not signed in, 6 not allowed, 7 conflict, 8 rate limited,",
      "9 quota exceeded, 10 unavailable, 11 unsupported, 12 unexpected answer,",
      "13 backend not configured."
    })
public final class MemkitCommand implements Runnable {

  /**
   * memkit's commands, in the order the usage lists them. Not in the annotation: {@link Cli} adds
   * only the one a command line runs, since building every command's model would cost each start of
   * memkit a noticeable part of a second.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          BackendsCommand.class,
          DecksCommand.class,
          CardsCommand.class,
          ReviewCommand.class,
          DueCommand.class,
          NotesCommand.class,
          TagsCommand.class);

  @Spec CommandSpec spec;

  private final GlobalOptions options;

  @Inject
  MemkitCommand(GlobalOptions options) {
    this.options = options;
  }

  @Option(
      names = "--db",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "The local store's file (default: $MEMKIT_DB, else ~/.memkit/memkit.db).")
  void database(Path file) {
    options.database(file);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
