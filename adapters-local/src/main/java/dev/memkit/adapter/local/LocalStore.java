package dev.memkit.adapter.local;

import dev.memkit.port.Backend;
import dev.memkit.port.Capability;
import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.port.ReviewHistory;
import dev.memkit.port.Reviews;
import dev.memkit.port.Tags;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;

/**
 * memkit's embedded default backend: decks, cards, their schedules and review history, and notes
 * with tags, in one SQLite file.
 *
 * <pre>{@code
 * try (LocalStore store =
 *     LocalStore.open(LocalStoreConfig.of(path, StudyDay.of(zone, LocalTime.of(4, 0))), clock)
 *         .getOrElseThrow(failure -> new IllegalStateException(failure.message()))) {
 *   DueForecast due = store.forecasts().forecast(Option.none(), 7).get();
 * }
 * }</pre>
 *
 * <p>What it promises beyond the ports' contracts:
 *
 * <ul>
 *   <li><b>Transactions</b>: every port call is one SQLite transaction; a mark updates the card and
 *       appends its history together, an import saves its whole batch or nothing. The file is in
 *       WAL mode with {@code synchronous=NORMAL}: a killed process loses nothing it committed.
 *   <li><b>Several processes</b> may use the file at once. A write waits up to the configured busy
 *       timeout for another process's write; after that it fails with {@link Failure.Unavailable}
 *       saying the file is locked. Reads never wait for writes.
 *   <li><b>Scheduling</b>: new decks use FSRS-6 (the configured settings); SM-2 can be chosen per
 *       deck through {@link #deckSchedulers()}. Days are the configured study days. Time comes from
 *       the given clock, kept to the millisecond.
 *   <li><b>Duplicates</b>: a deck holds each exact question and answer once; adding or editing a
 *       card into a duplicate is a {@link Failure.Conflict}, importing one skips it.
 *   <li><b>Format</b>: the file carries its format version ({@code PRAGMA user_version}); opening
 *       an older file upgrades it in place, one transaction per version; a newer file is refused
 *       with {@link Failure.Unsupported}.
 *   <li>Listings page at most 500 items. Notes have no attachments.
 * </ul>
 *
 * Thread-safe: calls are serialised over one connection. Close the store when done.
 */
public final class LocalStore implements AutoCloseable {

  /** The backend's name on the command line. */
  public static final String NAME = "local";

  private final Database database;
  private final Decks decks;
  private final Cards cards;
  private final CardImports cardImports;
  private final Reviews reviews;
  private final Forecasts forecasts;
  private final DeckSchedulers deckSchedulers;
  private final ReviewHistory reviewHistory;
  private final Notes notes;
  private final Tags tags;
  private final NoteSearch noteSearch;

  private LocalStore(Database database, LocalStoreConfig config) {
    this.database = database;
    Schedulers schedulers = new Schedulers(config.fsrs(), config.studyDay());
    this.decks = new SqliteDecks(database);
    this.cards = new SqliteCards(database, config.studyDay());
    this.cardImports = new SqliteCardImports(database);
    this.reviews = new SqliteReviews(database, schedulers, config.studyDay());
    this.forecasts = new SqliteForecasts(database, config.studyDay());
    this.deckSchedulers = new SqliteDeckSchedulers(database);
    this.reviewHistory = new SqliteReviewHistory(database);
    this.notes = new SqliteNotes(database);
    this.tags = new SqliteTags(database);
    this.noteSearch = new SqliteNoteSearch(database);
  }

  /**
   * Opens the store file {@code config.database()}, creating it and its directories if missing and
   * upgrading an older format. {@link Failure.Unsupported} for a file written by a newer memkit,
   * {@link Failure.Unavailable} when the file cannot be created or stays locked by another process,
   * {@link Failure.Unexpected} for a file that is not a memkit store.
   */
  public static Either<Failure, LocalStore> open(LocalStoreConfig config, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    return Database.open(config.database(), config.busyTimeout(), clock)
        .flatMap(
            database -> {
              Either<Failure, Integer> migrated = Migrations.migrate(database);
              if (migrated.isLeft()) {
                database.close();
                return Either.left(migrated.getLeft());
              }
              return Either.right(new LocalStore(database, config));
            });
  }

  /** What the local store offers, for listing backends without opening a file. */
  public static Backend descriptor() {
    return new Backend(
        NAME,
        EnumSet.of(
            Capability.DECKS,
            Capability.CARDS,
            Capability.CARD_IMPORTS,
            Capability.REVIEWS,
            Capability.FORECAST,
            Capability.DECK_SCHEDULERS,
            Capability.REVIEW_HISTORY,
            Capability.NOTES,
            Capability.TAGS,
            Capability.NOTE_SEARCH),
        "nothing to set: one SQLite file, ~/.memkit/memkit.db unless configured otherwise");
  }

  /** The absolute path of the store file. */
  public Path file() {
    return database.path();
  }

  public Decks decks() {
    return decks;
  }

  public Cards cards() {
    return cards;
  }

  public CardImports cardImports() {
    return cardImports;
  }

  public Reviews reviews() {
    return reviews;
  }

  public Forecasts forecasts() {
    return forecasts;
  }

  public DeckSchedulers deckSchedulers() {
    return deckSchedulers;
  }

  public ReviewHistory reviewHistory() {
    return reviewHistory;
  }

  public Notes notes() {
    return notes;
  }

  public Tags tags() {
    return tags;
  }

  public NoteSearch noteSearch() {
    return noteSearch;
  }

  /** Closes the file; the ports must not be used afterwards. Closing twice does nothing. */
  @Override
  public void close() {
    database.close();
  }
}
