package dev.memkit.app.cli;

import dev.memkit.app.transfer.CardFormat;
import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.FindDeck;
import dev.memkit.app.usecase.ImportCards;
import dev.memkit.app.usecase.ImportCards.ImportReport;
import dev.memkit.app.usecase.ImportCards.Rejection;
import dev.memkit.app.usecase.ImportCards.Row;
import dev.memkit.port.CardImports;
import dev.memkit.port.Decks;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memkit cards import FILE --deck NAME}: adds a file's cards to a deck. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Add the cards of a CSV (question, answer, next date; as Memjogger exports) or JSON lines"
          + " file to a deck, created if missing. Cards the deck already holds are skipped.",
      "Exit 0 when any row was a valid card, 4 when none was."
    })
public final class CardsImportCommand implements Callable<Integer> {

  private final BackendChoice choice;
  private final UserTerminal terminal;

  @Spec CommandSpec spec;

  @Mixin BackendOption backend;

  @Parameters(paramLabel = "FILE", description = "The file (- for standard input).")
  Path file;

  @CommandLine.Option(
      names = "--deck",
      required = true,
      paramLabel = "NAME",
      description = "The deck's name or id; a deck of that name is created if there is none.")
  String deck;

  @CommandLine.Option(
      names = "--format",
      paramLabel = "csv|jsonl",
      description = "The file's format (default: from its extension).")
  String format;

  @CommandLine.Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Inject
  CardsImportCommand(BackendChoice choice, UserTerminal terminal) {
    this.choice = choice;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    BackendPorts ports = Commands.backend(choice, backend);
    CardImports imports = Commands.port(ports, CardImports.class);
    Decks decks = Commands.port(ports, Decks.class);
    CardFormat cardFormat = CardFiles.format(Option.of(format), file.toString(), Option.none());
    List<Row> rows = CardFiles.read(file, terminal.input(), cardFormat);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Rejection> rejected = ImportCards.rejections(rows);
    if (rejected.size() == rows.size()) {
      // Not one card: say why, and leave the backend (and any deck to be created) alone.
      report(out, new ImportReport(0, 0, rejected, Option.none()), deck);
      throw Outcomes.exit(ExitCodes.INVALID, "no valid card in " + file);
    }
    FindDeck.Found found = Outcomes.orExit(new FindDeck(decks).findOrCreate(deck));
    if (found.created()) {
      err.printf("Created deck \"%s\".%n", found.deck().name());
    }
    ImportProgress progress = new ImportProgress(err, terminal.errorIsTerminal());
    ImportReport report = new ImportCards(imports).run(found.deck().id(), rows, progress);
    progress.finish();
    report(out, report, found.deck().name().value());
    if (report.stoppedBy().isDefined()) {
      throw new FailureException(report.stoppedBy().get());
    }
    return report.processedAny() ? ExitCodes.OK : ExitCodes.INVALID;
  }

  private static Map<String, Object> rejection(Rejection rejection) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("line", rejection.line());
    view.put("reason", rejection.reason());
    return view;
  }

  private void report(PrintWriter out, ImportReport report, String deckName) {
    if (json) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("deck", deckName);
      view.put("added", report.added());
      view.put("duplicates", report.duplicates());
      view.put("rejected", report.rejected().stream().map(CardsImportCommand::rejection).toList());
      Commands.json(out, view);
      return;
    }
    out.printf(
        "Added %,d card%s to deck \"%s\"; skipped %,d duplicate%s; rejected %,d row%s.%n",
        report.added(),
        report.added() == 1 ? "" : "s",
        deckName,
        report.duplicates(),
        report.duplicates() == 1 ? "" : "s",
        report.rejected().size(),
        report.rejected().size() == 1 ? "" : "s");
    for (Rejection rejection : report.rejected()) {
      out.printf("  line %d: %s%n", rejection.line(), rejection.reason());
    }
    out.flush();
  }
}
