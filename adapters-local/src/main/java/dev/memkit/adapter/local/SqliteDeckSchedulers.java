package dev.memkit.adapter.local;

import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * {@link DeckSchedulers} in the store: the kind is a column of the deck; new decks use FSRS-6.
 * Switching touches no card: each card's state is converted by its next review.
 */
final class SqliteDeckSchedulers implements DeckSchedulers {

  private final Database database;

  SqliteDeckSchedulers(Database database) {
    this.database = database;
  }

  @Override
  public Either<Failure, SchedulerKind> scheduler(DeckId deck) {
    Objects.requireNonNull(deck, "deck");
    return database.read(
        handle ->
            Keys.parse(deck.value())
                .flatMap(
                    key ->
                        Option.ofOptional(
                            handle
                                .createQuery("SELECT scheduler FROM decks WHERE id = ?")
                                .bind(0, key)
                                .mapTo(String.class)
                                .findOne()))
                .map(Schedulers::kind)
                .toEither(() -> CardRows.deckNotFound(deck)));
  }

  @Override
  public Either<Failure, Done> use(DeckId deck, SchedulerKind kind) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(kind, "kind");
    return database.write(
        handle -> {
          int updated =
              Keys.parse(deck.value())
                  .map(
                      key ->
                          handle.execute(
                              "UPDATE decks SET scheduler = ? WHERE id = ?", kind.label(), key))
                  .getOrElse(0);
          return updated == 1 ? Either.right(Done.DONE) : Either.left(CardRows.deckNotFound(deck));
        });
  }
}
