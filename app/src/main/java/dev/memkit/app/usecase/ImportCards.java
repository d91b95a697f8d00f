package dev.memkit.app.usecase;

import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.CardImports;
import dev.memkit.port.Failure;
import dev.memkit.port.ImportBatch;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports the rows of a card file into a deck: each row is checked against the rules for card
 * content (a row that breaks them is rejected with its line and the reason, and the import goes
 * on), valid cards go to the backend in batches of {@value #BATCH_SIZE}, and progress is reported
 * after each batch the backend saved, never before, so what was reported survives a crash on a
 * backend that saves batches atomically. Cards the deck already holds are skipped as duplicates. A
 * failing batch stops the import; the report says what was saved until then.
 */
public final class ImportCards {

  /** Cards per batch: large enough to be fast, small enough for a lively progress bar. */
  public static final int BATCH_SIZE = 1000;

  private final CardImports imports;

  public ImportCards(CardImports imports) {
    this.imports = Objects.requireNonNull(imports);
  }

  public ImportReport run(DeckId deck, List<Row> rows, Consumer<Progress> progress) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(progress, "progress");
    Tally tally = new Tally(rows.size());
    List<CardContent> batch = new ArrayList<>(Math.min(rows.size(), BATCH_SIZE));
    for (Row row : rows) {
      Either<Rejection, CardContent> checked = check(row);
      if (checked.isLeft()) {
        tally.rejected.add(checked.getLeft());
        tally.processed++;
        continue;
      }
      batch.add(checked.get());
      if (batch.size() == BATCH_SIZE) {
        Option<Failure> failure = save(deck, batch, tally, progress);
        if (failure.isDefined()) {
          return tally.report(failure);
        }
      }
    }
    if (!batch.isEmpty()) {
      Option<Failure> failure = save(deck, batch, tally, progress);
      if (failure.isDefined()) {
        return tally.report(failure);
      }
    }
    return tally.report(Option.none());
  }

  /**
   * The rows that are not valid cards on their own, with their reasons; no backend is asked, so a
   * caller can tell a file without a single valid card before it creates a deck for it.
   */
  public static List<Rejection> rejections(List<Row> rows) {
    return rows.stream()
        .map(ImportCards::check)
        .filter(Either::isLeft)
        .map(Either::getLeft)
        .toList();
  }

  private Option<Failure> save(
      DeckId deck, List<CardContent> batch, Tally tally, Consumer<Progress> progress) {
    Either<Failure, ImportBatch> saved = imports.importBatch(deck, List.copyOf(batch));
    if (saved.isLeft()) {
      return Option.some(saved.getLeft());
    }
    tally.added += saved.get().added().size();
    tally.duplicates += saved.get().duplicates().size();
    tally.processed += batch.size();
    batch.clear();
    progress.accept(tally.progress());
    return Option.none();
  }

  private static Either<Rejection, CardContent> check(Row row) {
    if (row instanceof Row.Unreadable unreadable) {
      return Either.left(new Rejection(unreadable.line(), unreadable.reason()));
    }
    Row.Card card = (Row.Card) row;
    Validation<Seq<Violation>, CardContent> content =
        CardContent.of(card.question(), card.answer());
    return content
        .toEither()
        .mapLeft(violations -> new Rejection(card.line(), violations.mkString("; ")));
  }

  /** One row of a card file, with the line it starts on. */
  public sealed interface Row {

    int line();

    /** A row that holds a question and an answer, not yet checked. */
    record Card(int line, String question, String answer) implements Row {
      public Card {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
      }
    }

    /** A row the file reader could not read as a card, and why. */
    record Unreadable(int line, String reason) implements Row {
      public Unreadable {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }

  /** A row left out, with its line and the reason. */
  public record Rejection(int line, String reason) {
    public Rejection {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** How far an import is, after a saved batch: rows processed of {@code total}. */
  public record Progress(int processed, int total, int added, int duplicates, int rejected) {}

  /**
   * What an import did: cards added, rows skipped because the deck held the card already (or the
   * file held it twice), rows rejected; and the failure that stopped it early, if one did.
   */
  public record ImportReport(
      int added, int duplicates, List<Rejection> rejected, Option<Failure> stoppedBy) {

    public ImportReport {
      rejected = List.copyOf(rejected);
      Objects.requireNonNull(stoppedBy, "stoppedBy");
    }

    /** Whether any row was a valid card (added or a duplicate). */
    public boolean processedAny() {
      return added + duplicates > 0;
    }
  }

  private static final class Tally {
    private final int total;
    private final List<Rejection> rejected = new ArrayList<>();
    private int processed;
    private int added;
    private int duplicates;

    Tally(int total) {
      this.total = total;
    }

    Progress progress() {
      return new Progress(processed, total, added, duplicates, rejected.size());
    }

    ImportReport report(Option<Failure> failure) {
      return new ImportReport(added, duplicates, rejected, failure);
    }
  }
}
