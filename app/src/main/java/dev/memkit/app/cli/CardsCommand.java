package dev.memkit.app.cli;

import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.ExportCards;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.Review;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.ReviewHistory;
import dev.memkit.port.Reviews;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memkit cards}: list, add, edit, delete, show, import and export flashcards. */
@Command(
    name = "cards",
    mixinStandardHelpOptions = true,
    description = "List, add, edit, delete, show, import and export flashcards.",
    subcommands = {CardsImportCommand.class, CardsExportCommand.class})
public final class CardsCommand implements Runnable {

  private final BackendChoice choice;
  private final ZoneId zone;

  @Spec CommandSpec spec;

  @Inject
  CardsCommand(BackendChoice choice, Clock clock) {
    this.choice = choice;
    this.zone = clock.getZone();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: list, add, edit, delete, show, import or export");
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the cards of a deck (of every deck without --deck).")
  void list(
      @Mixin BackendOption backend,
      @CommandLine.Option(names = "--deck", paramLabel = "NAME", description = "Name or id.")
          String deck,
      @CommandLine.Option(
              names = "--limit",
              paramLabel = "N",
              description = "At most N cards (default: all).")
          Integer limit,
      @CommandLine.Option(names = "--json", description = "Print JSON.") boolean json) {
    BackendPorts ports = Commands.backend(choice, backend);
    Option<Deck> chosen = Option.of(deck).map(d -> Commands.deck(ports, d));
    if (limit != null && limit < 1) {
      throw Outcomes.exit(ExitCodes.INVALID, "invalid input: limit: must be at least 1");
    }
    Stream<ExportCards.Exported> cards =
        new ExportCards(Commands.port(ports, Decks.class), Commands.port(ports, Cards.class), zone)
            .cards(chosen)
            .map(Outcomes::orExit);
    if (limit != null) {
      cards = cards.limit(limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, cards.map(c -> Views.card(c.card(), c.due())).toList());
      return;
    }
    cards.forEach(
        c ->
            out.printf(
                "%-6s %s  %s  →  %s%n",
                c.card().id(),
                c.due(),
                Views.oneLine(c.card().content().question(), 40),
                Views.oneLine(c.card().content().answer(), 30)));
    out.flush();
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a card to a deck.")
  void add(
      @Mixin BackendOption backend,
      @CommandLine.Option(
              names = "--deck",
              required = true,
              paramLabel = "NAME",
              description = "Name or id.")
          String deck,
      @CommandLine.Option(
              names = {"-q", "--question"},
              required = true,
              paramLabel = "TEXT")
          String question,
      @CommandLine.Option(
              names = {"-a", "--answer"},
              required = true,
              paramLabel = "TEXT")
          String answer,
      @CommandLine.Option(names = "--json", description = "Print the card as JSON.") boolean json) {
    BackendPorts ports = Commands.backend(choice, backend);
    Cards cards = Commands.port(ports, Cards.class);
    CardContent content = Commands.valid(CardContent.of(question, answer));
    Deck found = Commands.deck(ports, deck);
    Card card = Outcomes.orExit(cards.add(found.id(), content));
    print(card, json, "Added card " + card.id() + " to deck \"" + found.name() + "\".");
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Change a card's question or answer (its schedule stays).")
  void edit(
      @Mixin BackendOption backend,
      @Parameters(paramLabel = "ID", description = "The card's id.") String id,
      @CommandLine.Option(
              names = {"-q", "--question"},
              paramLabel = "TEXT")
          String question,
      @CommandLine.Option(
              names = {"-a", "--answer"},
              paramLabel = "TEXT")
          String answer,
      @CommandLine.Option(names = "--json", description = "Print the card as JSON.") boolean json) {
    if (question == null && answer == null) {
      throw Outcomes.exit(ExitCodes.USAGE, "nothing to change: give -q, -a or both");
    }
    BackendPorts ports = Commands.backend(choice, backend);
    Cards cards = Commands.port(ports, Cards.class);
    CardId cardId = Commands.cardId(id);
    Card card = Outcomes.orExit(cards.get(cardId));
    CardContent content =
        Commands.valid(
            CardContent.of(
                question == null ? card.content().question() : question,
                answer == null ? card.content().answer() : answer));
    Card edited = Outcomes.orExit(cards.edit(cardId, content));
    print(edited, json, "Changed card " + edited.id() + ".");
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a card.")
  void delete(
      @Mixin BackendOption backend,
      @Parameters(paramLabel = "ID", description = "The card's id.") String id) {
    BackendPorts ports = Commands.backend(choice, backend);
    CardId cardId = Commands.cardId(id);
    Outcomes.orExit(Commands.port(ports, Cards.class).delete(cardId));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Deleted card %s.%n", cardId);
    out.flush();
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a card: question, answer, schedule and, where kept, its reviews.")
  void show(
      @Mixin BackendOption backend,
      @Parameters(paramLabel = "ID", description = "The card's id.") String id,
      @CommandLine.Option(names = "--json", description = "Print JSON.") boolean json) {
    BackendPorts ports = Commands.backend(choice, backend);
    Card card = Outcomes.orExit(Commands.port(ports, Cards.class).get(Commands.cardId(id)));
    LocalDate due =
        ports
            .find(Reviews.class)
            .flatMap(r -> r.nextDue(card.id()).toOption())
            .getOrElse(() -> LocalDate.ofInstant(card.due(), zone));
    Option<String> deckName =
        ports
            .find(Decks.class)
            .flatMap(d -> d.get(card.deck()).toOption())
            .map(d -> d.name().value());
    Option<List<Review>> history =
        ports.find(ReviewHistory.class).map(h -> Outcomes.orExit(h.history(card.id())));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> view = Views.card(card, due);
      view.put("deckName", deckName);
      view.put("state", Views.state(card.state()));
      view.put("reviews", history.map(h -> h.stream().map(r -> Views.review(r, zone)).toList()));
      Commands.json(out, view);
      return;
    }
    out.printf("Card %s in deck %s%n", card.id(), deckName.getOrElse(card.deck().value()));
    out.println("Question: " + card.content().question());
    out.println("Answer:   " + card.content().answer());
    out.printf("Next due: %s (%s)%n", due, Views.state(card.state()));
    for (List<Review> reviews : history) {
      out.printf("Reviews:  %d%n", reviews.size());
      for (Review review : reviews) {
        out.printf(
            "  %s  grade %d  next due %s%n",
            Views.minutes(review.at(), zone),
            review.grade().value(),
            LocalDate.ofInstant(review.nextDue(), zone));
      }
    }
    out.flush();
  }

  private void print(Card card, boolean json, String text) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, Views.card(card, LocalDate.ofInstant(card.due(), zone)));
      return;
    }
    out.println(text);
    out.flush();
  }
}
