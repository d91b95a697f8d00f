package dev.memkit.adapter.local;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Cards;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@link Cards} in the store: listed in id order (the order they were added), at most {@value
 * Keys#MAX_PAGE_SIZE} a page; a new card is fresh and due at once. A deck holds each question and
 * answer once: adding or editing a card to match another card of its deck exactly is a {@link
 * Failure.Conflict}.
 */
final class SqliteCards implements Cards {

  private final Database database;
  private final StudyDay studyDay;

  SqliteCards(Database database, StudyDay studyDay) {
    this.database = database;
    this.studyDay = studyDay;
  }

  @Override
  public Either<Failure, Page<Card>> list(DeckId deck, PageRequest page) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(page, "page");
    return database.read(
        handle ->
            CardRows.deck(handle, deck)
                .flatMap(key -> CardRows.page(handle, key, Long.MAX_VALUE, page)));
  }

  @Override
  public Either<Failure, Page<Card>> listDue(DeckId deck, LocalDate day, PageRequest page) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(page, "page");
    long end = studyDay.startOf(day.plusDays(1)).toEpochMilli();
    return database.read(
        handle ->
            CardRows.deck(handle, deck).flatMap(key -> CardRows.page(handle, key, end, page)));
  }

  @Override
  public Either<Failure, Card> get(CardId id) {
    Objects.requireNonNull(id, "id");
    return database.read(handle -> CardRows.card(handle, id));
  }

  @Override
  public Either<Failure, Card> add(DeckId deck, CardContent content) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(content, "content");
    return database.write(
        handle ->
            CardRows.deck(handle, deck)
                .flatMap(
                    key -> {
                      if (CardRows.holds(handle, key, content, 0)) {
                        return Either.left(CardRows.duplicate(deck));
                      }
                      ReviewState fresh = new ReviewState.Fresh(database.now());
                      ReviewStates.bind(handle.createUpdate(CardRows.INSERT), fresh)
                          .bind("deck", key)
                          .bind("question", content.question())
                          .bind("answer", content.answer())
                          .execute();
                      long id =
                          handle.createQuery("SELECT last_insert_rowid()").mapTo(Long.class).one();
                      return Either.right(Card.of(CardId.of(Keys.of(id)), deck, content, fresh));
                    }));
  }

  @Override
  public Either<Failure, Card> edit(CardId id, CardContent content) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    return database.write(
        handle ->
            CardRows.card(handle, id)
                .flatMap(
                    card -> {
                      long key = Keys.parse(id.value()).get();
                      long deck = Keys.parse(card.deck().value()).get();
                      if (CardRows.holds(handle, deck, content, key)) {
                        return Either.left(CardRows.duplicate(card.deck()));
                      }
                      handle.execute(
                          "UPDATE cards SET question = ?, answer = ? WHERE id = ?",
                          content.question(),
                          content.answer(),
                          key);
                      return Either.right(card.withContent(content));
                    }));
  }

  @Override
  public Either<Failure, Done> delete(CardId id) {
    Objects.requireNonNull(id, "id");
    return database.write(
        handle -> {
          int deleted =
              Keys.parse(id.value())
                  .map(key -> handle.execute("DELETE FROM cards WHERE id = ?", key))
                  .getOrElse(0);
          return deleted == 1 ? Either.right(Done.DONE) : Either.left(CardRows.cardNotFound(id));
        });
  }
}
