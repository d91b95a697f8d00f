package dev.memkit.app.cli;

import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.GradeCards;
import dev.memkit.app.usecase.GradeCards.Graded;
import dev.memkit.app.usecase.GradeCards.Grading;
import dev.memkit.app.usecase.ReviewSession;
import dev.memkit.domain.card.Deck;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.port.Reviews;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code memkit review}: an interactive review of today's due cards, or, with {@code --grade},
 * grading named cards without prompting.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Review the cards due today: the question, the answer on space or Enter, a grade 0-5 by its"
          + " digit key, the next due day. q or Ctrl-C stops; every grade given is already saved.",
      "Without a terminal, keys are read from standard input (e.g. printf ' 4 5q' | memkit"
          + " review).",
      "With --grade CARD_ID=GRADE (repeatable), grades those cards without prompting and prints"
          + " each next due day."
    })
public final class ReviewCommand implements Callable<Integer> {

  /** Cards per session unless --limit says otherwise. */
  static final int DEFAULT_LIMIT = 20;

  private final BackendChoice choice;
  private final UserTerminal terminal;

  @Spec CommandSpec spec;

  @Mixin BackendOption backend;

  @CommandLine.Option(names = "--deck", paramLabel = "NAME", description = "Name or id.")
  String deck;

  @CommandLine.Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N cards (default: " + DEFAULT_LIMIT + ").")
  int limit = DEFAULT_LIMIT;

  @CommandLine.Option(
      names = "--grade",
      paramLabel = "CARD_ID=GRADE",
      description = "Grade this card (0-5) without prompting; repeatable.")
  List<String> grades = new ArrayList<>();

  @CommandLine.Option(names = "--json", description = "With --grade: print JSON.")
  boolean json;

  @Inject
  ReviewCommand(BackendChoice choice, UserTerminal terminal) {
    this.choice = choice;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    BackendPorts ports = Commands.backend(choice, backend);
    return grades.isEmpty() ? interactive(ports) : grade(ports);
  }

  private int interactive(BackendPorts ports) {
    Decks decks = Commands.port(ports, Decks.class);
    Cards cards = Commands.port(ports, Cards.class);
    Reviews reviews = Commands.port(ports, Reviews.class);
    Forecasts forecasts = Commands.port(ports, Forecasts.class);
    Option<Deck> chosen = Option.of(deck).map(d -> Commands.deck(ports, d));
    ReviewSession session =
        Outcomes.orExit(ReviewSession.start(decks, cards, reviews, forecasts, chosen, limit));
    Either<Failure, ReviewSession.Summary> outcome;
    try (KeyInput keys = terminal.keys()) {
      outcome = new InteractiveReview(session, keys, spec.commandLine().getOut()).run();
    }
    Outcomes.orExit(outcome);
    return ExitCodes.OK;
  }

  private int grade(BackendPorts ports) {
    Cards cards = Commands.port(ports, Cards.class);
    Reviews reviews = Commands.port(ports, Reviews.class);
    List<Grading> gradings = new ArrayList<>();
    for (int i = 0; i < grades.size(); i++) {
      gradings.add(Commands.valid(Grading.parse("--grade " + grades.get(i), grades.get(i))));
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Graded> graded =
        Outcomes.orExit(
            new GradeCards(cards, reviews)
                .run(
                    gradings,
                    saved -> {
                      if (!json) {
                        out.printf(
                            "card %s: grade %d, next due %s%n",
                            saved.card(), saved.grade().value(), saved.nextDue());
                        out.flush();
                      }
                    }));
    if (json) {
      Commands.json(out, graded.stream().map(ReviewCommand::view).toList());
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> view(Graded graded) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("card", graded.card().value());
    view.put("grade", graded.grade().value());
    view.put("nextDue", graded.nextDue().toString());
    return view;
  }
}
