package dev.memkit.adapter.local;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Failure;
import dev.memkit.port.Reviews;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@link Reviews} in the store: a mark runs the scheduler of the card's deck and, in one
 * transaction, stores the card's new state and appends the review to its history, so the two always
 * agree, even after a crash.
 */
final class SqliteReviews implements Reviews {

  private final Database database;
  private final Schedulers schedulers;
  private final StudyDay studyDay;

  SqliteReviews(Database database, Schedulers schedulers, StudyDay studyDay) {
    this.database = database;
    this.schedulers = schedulers;
    this.studyDay = studyDay;
  }

  @Override
  public Either<Failure, LocalDate> mark(CardId card, Grade grade) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(grade, "grade");
    return database.write(
        handle -> {
          Option<Tuple2<Card, SchedulerKind>> found =
              Keys.parse(card.value())
                  .flatMap(
                      key ->
                          Option.ofOptional(
                              handle
                                  .createQuery(
                                      "SELECT c.*, d.scheduler AS deck_scheduler FROM cards c"
                                          + " JOIN decks d ON d.id = c.deck_id WHERE c.id = ?")
                                  .bind(0, key)
                                  .map(
                                      (row, context) ->
                                          Tuple.of(
                                              CardRows.card(row),
                                              Schedulers.kind(row.getString("deck_scheduler"))))
                                  .findOne()));
          if (found.isEmpty()) {
            return Either.left(CardRows.cardNotFound(card));
          }
          long key = Keys.parse(card.value()).get();
          ReviewState before = found.get()._1.state();
          Instant now = database.now();
          ReviewState after = schedulers.of(found.get()._2).review(before, grade, now);
          ReviewStates.bind(
                  handle.createUpdate("UPDATE cards SET " + CardRows.SET_STATE + " WHERE id = :id"),
                  after)
              .bind("id", key)
              .execute();
          handle.execute(
              "INSERT INTO reviews (card_id, grade, reviewed_at, state_before, state_after)"
                  + " VALUES (?, ?, ?, ?, ?)",
              key,
              grade.value(),
              now.toEpochMilli(),
              ReviewStates.encode(before),
              ReviewStates.encode(after));
          return Either.right(studyDay.dayOf(after.due()));
        });
  }

  @Override
  public Either<Failure, LocalDate> nextDue(CardId card) {
    Objects.requireNonNull(card, "card");
    return database.read(
        handle ->
            Keys.parse(card.value())
                .flatMap(
                    key ->
                        Option.ofOptional(
                            handle
                                .createQuery("SELECT due_at FROM cards WHERE id = ?")
                                .bind(0, key)
                                .mapTo(Long.class)
                                .findOne()))
                .map(due -> studyDay.dayOf(Instant.ofEpochMilli(due)))
                .toEither(() -> CardRows.cardNotFound(card)));
  }
}
