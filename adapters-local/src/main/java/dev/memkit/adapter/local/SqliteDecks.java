package dev.memkit.adapter.local;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.Decks;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link Decks} in the store: listed in creation order; a new deck uses {@link
 * SchedulerKind#FSRS6}; deleting one deletes its cards and their history (foreign keys cascade).
 */
final class SqliteDecks implements Decks {

  private static final RowMapper<Deck> DECK =
      (row, context) -> {
        try {
          return Deck.of(
              DeckId.of(Keys.of(row.getLong("id"))), new DeckName(row.getString("name")));
        } catch (IllegalArgumentException e) {
          throw new StoreCorrupt("a deck memkit would not accept: " + e.getMessage());
        }
      };

  private final Database database;

  SqliteDecks(Database database) {
    this.database = database;
  }

  @Override
  public Either<Failure, List<Deck>> list() {
    return database.read(
        handle ->
            Either.right(
                handle.createQuery("SELECT id, name FROM decks ORDER BY id").map(DECK).list()));
  }

  @Override
  public Either<Failure, Deck> get(DeckId id) {
    Objects.requireNonNull(id, "id");
    return database.read(handle -> find(handle, id));
  }

  @Override
  public Either<Failure, Deck> create(DeckName name) {
    Objects.requireNonNull(name, "name");
    return database.write(
        handle -> {
          if (taken(handle, name, 0)) {
            return Either.left(conflict(name));
          }
          handle.execute(
              "INSERT INTO decks (name, scheduler) VALUES (?, ?)",
              name.value(),
              SchedulerKind.FSRS6.label());
          long id = handle.createQuery("SELECT last_insert_rowid()").mapTo(Long.class).one();
          return Either.right(Deck.of(DeckId.of(Keys.of(id)), name));
        });
  }

  @Override
  public Either<Failure, Deck> rename(DeckId id, DeckName name) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    return database.write(
        handle ->
            CardRows.deck(handle, id)
                .flatMap(
                    key -> {
                      if (taken(handle, name, key)) {
                        return Either.left(conflict(name));
                      }
                      handle.execute("UPDATE decks SET name = ? WHERE id = ?", name.value(), key);
                      return Either.right(Deck.of(id, name));
                    }));
  }

  @Override
  public Either<Failure, Done> delete(DeckId id) {
    Objects.requireNonNull(id, "id");
    return database.write(
        handle -> {
          Option<Long> key = Keys.parse(id.value());
          int deleted =
              key.isEmpty() ? 0 : handle.execute("DELETE FROM decks WHERE id = ?", key.get());
          return deleted == 1 ? Either.right(Done.DONE) : Either.left(CardRows.deckNotFound(id));
        });
  }

  private static Either<Failure, Deck> find(Handle handle, DeckId id) {
    Option<Deck> deck =
        Keys.parse(id.value())
            .flatMap(
                key ->
                    Option.ofOptional(
                        handle
                            .createQuery("SELECT id, name FROM decks WHERE id = ?")
                            .bind(0, key)
                            .map(DECK)
                            .findOne()));
    return deck.toEither(() -> CardRows.deckNotFound(id));
  }

  /** Whether a deck other than {@code except} is named {@code name} (exact comparison). */
  private static boolean taken(Handle handle, DeckName name, long except) {
    return handle
        .createQuery("SELECT 1 FROM decks WHERE name = ? AND id <> ?")
        .bind(0, name.value())
        .bind(1, except)
        .mapTo(Integer.class)
        .findOne()
        .isPresent();
  }

  private static Failure conflict(DeckName name) {
    return new Failure.Conflict(Database.ORIGIN, "a deck named \"" + name + "\" already exists");
  }
}
