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
import org.jdbi.v3.core.statement.Query;

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
    StringBuilder sql = new StringBuilder("WITH bounds (day, low, high) AS (VALUES ");
    for (int i = 0; i < days; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
    }
    sql.append(") SELECT day, (SELECT count(*) FROM cards WHERE due_at >= low AND due_at < high")
        .append(inDeck)
        .append(") FROM bounds ORDER BY day");
    Query query = handle.createQuery(sql.toString());
    for (int i = 0; i < days; i++) {
      query.bind(3 * i, i).bind(3 * i + 1, bounds[i]).bind(3 * i + 2, bounds[i + 1]);
    }
    List<Integer> counts = query.map((row, context) -> row.getInt(2)).list();
    TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
    for (int i = 0; i < days; i++) {
      perDay.put(today.plusDays(i), counts.get(i));
    }
    return new DueForecast(today, overdue, perDay);
  }
}
