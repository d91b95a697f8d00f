package dev.memkit.app.cli;

import dev.memkit.app.transfer.CardFormat;
import dev.memkit.app.transfer.CardRecord;
import dev.memkit.app.transfer.CardWriter;
import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.ExportCards;
import dev.memkit.domain.card.Deck;
import dev.memkit.port.CardExport;
import dev.memkit.port.CardExports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.ExportFormat;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code memkit cards export}: writes cards to a CSV or JSON lines file, or standard output. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the cards of a deck (of every deck without --deck) as CSV (question, answer, next"
            + " date; as Memjogger exports) or JSON lines.")
public final class CardsExportCommand implements Callable<Integer> {

  private final BackendChoice choice;
  private final ZoneId zone;

  @Spec CommandSpec spec;

  @Mixin BackendOption backend;

  @CommandLine.Option(names = "--deck", paramLabel = "NAME", description = "Name or id.")
  String deck;

  @CommandLine.Option(
      names = "--format",
      paramLabel = "csv|jsonl|xml",
      description =
          "Default: from the output file's extension, else csv. With --deck on a backend that exports"
              + " natively (memjogger), csv and xml are the service's own export; xml only there.")
  String format;

  @CommandLine.Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (replaced only once complete) instead of standard output.")
  Path output;

  @Inject
  CardsExportCommand(BackendChoice choice, Clock clock) {
    this.choice = choice;
    this.zone = clock.getZone();
  }

  @Override
  public Integer call() {
    BackendPorts ports = Commands.backend(choice, backend);
    Option<ExportFormat> nativeFormat = nativeFormat(ports);
    if (nativeFormat.isDefined()) {
      Deck chosen = Commands.deck(ports, deck);
      CardExport exported =
          Outcomes.orExit(
              Commands.port(ports, CardExports.class).export(chosen.id(), nativeFormat.get()));
      return emit(exported.text(), exported.cards().size());
    }
    if (format != null && format.strip().equalsIgnoreCase("xml")) {
      throw Outcomes.exit(
          ExitCodes.UNSUPPORTED,
          "xml is "
              + ports.backend()
              + "'s own export format only where the backend exports natively (memjogger), with"
              + " --deck");
    }
    ExportCards export =
        new ExportCards(Commands.port(ports, Decks.class), Commands.port(ports, Cards.class), zone);
    Option<Deck> chosen = Option.of(deck).map(d -> Commands.deck(ports, d));
    CardFormat cardFormat =
        CardFiles.format(
            Option.of(format),
            output == null ? "" : output.getFileName().toString(),
            Option.some(CardFormat.CSV));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      write(export, chosen, cardFormat, out);
      return ExitCodes.OK;
    }
    int count = toFile(export, chosen, cardFormat);
    PrintWriter err = spec.commandLine().getErr();
    err.printf("Exported %,d card%s to %s.%n", count, count == 1 ? "" : "s", output);
    err.flush();
    return ExitCodes.OK;
  }

  /**
   * The service's own export applies with a deck, a backend that offers it, and csv or xml asked.
   */
  private Option<ExportFormat> nativeFormat(BackendPorts ports) {
    if (deck == null || ports.find(CardExports.class).isEmpty()) {
      return Option.none();
    }
    String asked =
        format != null
            ? format.strip().toLowerCase(java.util.Locale.ROOT)
            : output != null
                    && output
                        .getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".xml")
                ? "xml"
                : output == null
                        || output
                            .getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".csv")
                    ? "csv"
                    : "";
    return asked.equals("xml")
        ? Option.some(ExportFormat.XML)
        : asked.equals("csv") ? Option.some(ExportFormat.CSV) : Option.none();
  }

  /** The native export's text to standard output or, complete or not at all, to the output file. */
  private Integer emit(String text, int count) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return ExitCodes.OK;
    }
    Path target = output.toAbsolutePath();
    @Nullable Path partial = null;
    try {
      partial = Files.createTempFile(target.getParent(), ".memkit-export-", ".part");
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw Outcomes.exit(ExitCodes.INVALID, "cannot write " + output + ": " + e.getMessage());
    } finally {
      deleteQuietly(partial);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("Exported %,d card%s to %s.%n", count, count == 1 ? "" : "s", output);
    err.flush();
    return ExitCodes.OK;
  }

  /**
   * Writes beside the target and moves it in place at the end, so a failure leaves no half file.
   */
  private int toFile(ExportCards export, Option<Deck> chosen, CardFormat cardFormat) {
    Path target = output.toAbsolutePath();
    @Nullable Path partial = null;
    try {
      partial = Files.createTempFile(target.getParent(), ".memkit-export-", ".part");
      int count;
      try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        count = write(export, chosen, cardFormat, writer);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return count;
    } catch (AccessDeniedException e) {
      throw Outcomes.exit(ExitCodes.FORBIDDEN, "not allowed to write " + output);
    } catch (IOException | UncheckedIOException e) {
      throw Outcomes.exit(ExitCodes.INVALID, "cannot write " + output + ": " + e.getMessage());
    } finally {
      deleteQuietly(partial);
    }
  }

  private static int write(
      ExportCards export, Option<Deck> chosen, CardFormat cardFormat, Writer out) {
    CardWriter writer = cardFormat.writer(out);
    int count = 0;
    Iterator<Either<Failure, ExportCards.Exported>> cards = export.cards(chosen).iterator();
    while (cards.hasNext()) {
      ExportCards.Exported card = Outcomes.orExit(cards.next());
      writer.write(
          CardRecord.of(
              card.card().content().question(),
              card.card().content().answer(),
              Option.some(card.due())));
      count++;
    }
    writer.flush();
    return count;
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover .part file is harmless; the export itself already succeeded or failed.
    }
  }
}
