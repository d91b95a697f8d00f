package dev.memkit.app.cli;

import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memkit decks}: list, create, rename and delete decks of flashcards. */
@Command(
    name = "decks",
    mixinStandardHelpOptions = true,
    description = "List, create, rename and delete decks (addressed by name or id).")
public final class DecksCommand implements Runnable {

  private final BackendChoice choice;
  private final UserTerminal terminal;

  @Spec CommandSpec spec;

  @Inject
  DecksCommand(BackendChoice choice, UserTerminal terminal) {
    this.choice = choice;
    this.terminal = terminal;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: list, create, rename or delete");
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the decks.")
  void list(
      @Mixin BackendOption backend,
      @CommandLine.Option(names = "--json", description = "Print JSON.") boolean json) {
    BackendPorts ports = Commands.backend(choice, backend);
    List<Deck> decks = Outcomes.orExit(Commands.port(ports, Decks.class).list());
    Option<DeckSchedulers> schedulers = ports.find(DeckSchedulers.class);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, decks.stream().map(d -> Views.deck(d, scheduler(schedulers, d))).toList());
      return;
    }
    if (decks.isEmpty()) {
      out.println(
          "No decks yet: `memkit decks create NAME` or `memkit cards import FILE --deck NAME`.");
    }
    for (Deck deck : decks) {
      out.printf(
          "%-6s %-25s %s%n",
          deck.id(),
          deck.name(),
          scheduler(schedulers, deck).map(SchedulerKind::label).getOrElse(""));
    }
    out.flush();
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a deck.")
  void create(
      @Mixin BackendOption backend,
      @Parameters(paramLabel = "NAME", description = "1 to 25 characters, unique.") String name,
      @CommandLine.Option(
              names = "--scheduler",
              paramLabel = "fsrs6|sm2",
              description = "The deck's scheduler (default: the backend's, FSRS-6 locally).")
          String scheduler) {
    BackendPorts ports = Commands.backend(choice, backend);
    Decks decks = Commands.port(ports, Decks.class);
    DeckName deckName = Commands.valid(DeckName.of(name.strip()));
    Option<SchedulerKind> kind = Option.of(scheduler).map(s -> Commands.valid(SchedulerKind.of(s)));
    // Checked before the deck exists, so an unsupported choice creates nothing.
    Option<DeckSchedulers> schedulers = kind.map(k -> Commands.port(ports, DeckSchedulers.class));
    Deck deck = Outcomes.orExit(decks.create(deckName));
    for (DeckSchedulers s : schedulers) {
      Outcomes.orExit(s.use(deck.id(), kind.get()));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Created deck \"%s\" (id %s%s).%n",
        deck.name(),
        deck.id(),
        scheduler(ports.find(DeckSchedulers.class), deck)
            .map(k -> ", scheduler " + k.label())
            .getOrElse(""));
    out.flush();
  }

  @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a deck.")
  void rename(
      @Mixin BackendOption backend,
      @Parameters(index = "0", paramLabel = "NAME", description = "The deck's name or id.")
          String deck,
      @Parameters(index = "1", paramLabel = "NEW_NAME", description = "Its new name.")
          String newName) {
    BackendPorts ports = Commands.backend(choice, backend);
    Decks decks = Commands.port(ports, Decks.class);
    DeckName name = Commands.valid(DeckName.of(newName.strip()));
    Deck found = Commands.deck(ports, deck);
    Deck renamed = Outcomes.orExit(decks.rename(found.id(), name));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Renamed deck \"%s\" to \"%s\".%n", found.name(), renamed.name());
    out.flush();
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "Delete a deck and all its cards.")
  int delete(
      @Mixin BackendOption backend,
      @Parameters(paramLabel = "NAME", description = "The deck's name or id.") String deck,
      @CommandLine.Option(names = "--yes", description = "Do not ask for confirmation.")
          boolean yes) {
    BackendPorts ports = Commands.backend(choice, backend);
    Decks decks = Commands.port(ports, Decks.class);
    Deck found = Commands.deck(ports, deck);
    PrintWriter out = spec.commandLine().getOut();
    if (!yes && !confirmed(out, found)) {
      throw Outcomes.exit(
          ExitCodes.USAGE,
          "deck \""
              + found.name()
              + "\" not deleted; confirm with --yes (its cards are deleted with it)");
    }
    Outcomes.orExit(decks.delete(found.id()));
    out.printf("Deleted deck \"%s\" and its cards.%n", found.name());
    out.flush();
    return ExitCodes.OK;
  }

  private boolean confirmed(PrintWriter out, Deck deck) {
    if (!terminal.inputIsTerminal()) {
      return false;
    }
    out.printf("Delete deck \"%s\" and all its cards? [y/N] ", deck.name());
    out.flush();
    try {
      String answer =
          new BufferedReader(new InputStreamReader(terminal.input(), StandardCharsets.UTF_8))
              .readLine();
      return answer != null
          && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    } catch (IOException e) {
      return false;
    }
  }

  private static Option<SchedulerKind> scheduler(Option<DeckSchedulers> schedulers, Deck deck) {
    return schedulers.flatMap(s -> s.scheduler(deck.id()).toOption());
  }
}
