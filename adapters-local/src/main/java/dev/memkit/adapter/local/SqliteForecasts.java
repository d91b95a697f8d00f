package dev.memkit.adapter.local;

import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * {@link Forecasts} in the store, without loading cards: the study days' boundaries are computed in
 * Java (a day is not always 24 hours), and one statement counts the cards in each day's range of
 * {@code due_at} through its index, plus one count for the overdue cards.
 */
final class SqliteForecasts implements Forecasts {

  private final Database database;
  private final StudyDay studyDay;

  SqliteForecasts(Database database, StudyDay studyDay) {
    this.database = database;
    this.studyDay = studyDay;
  }

  @Override
  public Either<Failure, DueForecast> forecast(Option<DeckId> deck, int days) {
    Objects.requireNonNull(deck, "deck");
    Validation<Seq<Violation>, Integer> range = Check.range("days", days, 1, MAX_DAYS);
    if (range.isInvalid()) {
      return Either.left(new Failure.Invalid(Database.ORIGIN, range.getError()));
    }
    return database.read(
        handle -> {
          Option<Long> key = Option.none();
          if (deck.isDefined()) {
            Either<Failure, Long> found = CardRows.deck(handle, deck.get());
            if (found.isLeft()) {
              return Either.left(found.getLeft());
            }
            key = Option.some(found.get());
          }
          return Either.right(count(handle, key, days));
        });
  }

  private DueForecast count(Handle handle, Option<Long> deck, int days) {
    LocalDate today = studyDay.dayOf(database.now());
    long[] bounds = new long[days + 1];
    for (int i = 0; i <= days; i++) {
      bounds[i] = studyDay.startOf(today.plusDays(i)).toEpochMilli();
    }
    String inDeck = deck.isDefined() ? " AND deck_id = " + deck.get() : "";
    int overdue =
        handle
            .createQuery("SELECT count(*) FROM cards WHERE due_at < ?" + inDeck)
            .bind(0, bounds[0])
            .mapTo(Integer.class)
            .one();
    // The days' ranges go in as one JSON array of [low, high) pairs: a short statement whatever
    // the range, each row counted through the due index.
    StringBuilder ranges = new StringBuilder("[");
    for (int i = 0; i < days; i++) {
      ranges.append(i == 0 ? "[" : ",[").append(bounds[i]).append(',').append(bounds[i + 1]);
      ranges.append(']');
    }
    ranges.append(']');
    List<Integer> counts =
        handle
            .createQuery(
                "SELECT (SELECT count(*) FROM cards WHERE due_at >= day.value ->> 0"
                    + " AND due_at < day.value ->> 1"
                    + inDeck
                    + ") FROM json_each(?) AS day ORDER BY day.key")
            .bind(0, ranges.toString())
            .mapTo(Integer.class)
            .list();
    TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
    for (int i = 0; i < days; i++) {
      perDay.put(today.plusDays(i), counts.get(i));
    }
    return new DueForecast(today, overdue, perDay);
  }
}
