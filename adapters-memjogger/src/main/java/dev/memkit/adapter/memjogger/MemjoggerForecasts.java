package dev.memkit.adapter.memjogger;

import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.domain.validation.Check;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@link Forecasts} from Memjogger's {@code exam_count}: {@code GET /cardset/:id} (one deck) or
 * {@code GET /cardset} (all, summed), with {@code client_date} = today in the user's zone. The
 * {@code old} key and any day before today go to {@link DueForecast#overdue()}; days after the
 * range are left out; keys that are neither are ignored.
 */
final class MemjoggerForecasts implements Forecasts {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Remote remote;

  MemjoggerForecasts(Remote remote) {
    this.remote = remote;
  }

  @Override
  public Either<Failure, DueForecast> forecast(Option<DeckId> deck, int days) {
    Objects.requireNonNull(deck, "deck");
    var checked = Check.range("days", days, 1, MAX_DAYS);
    if (checked.isInvalid()) {
      return Either.left(new Failure.Invalid(Errors.local(), checked.getError()));
    }
    LocalDate today = remote.today();
    Either<Failure, List<Wire.CardSet>> sets =
        deck.isEmpty()
            ? remote
                .call(Idempotency.IDEMPOTENT, "card sets", api -> api.cardSets(today.toString()))
                .flatMap(
                    all ->
                        all.cardSets() == null
                            ? Mapping.unexpected("no card sets")
                            : Either.right(all.cardSets()))
            : Ids.deck(deck.get())
                .flatMap(
                    number ->
                        remote.call(
                            Idempotency.IDEMPOTENT,
                            "deck " + deck.get().value(),
                            api -> api.cardSet(number, today.toString())))
                .flatMap(
                    one ->
                        one.cardSet() == null
                            ? Mapping.unexpected("no card set")
                            : Either.right(List.of(one.cardSet())));
    return sets.map(found -> forecast(found, today, days));
  }

  private static DueForecast forecast(List<Wire.CardSet> sets, LocalDate today, int days) {
    LocalDate end = today.plusDays(days);
    int overdue = 0;
    TreeMap<LocalDate, Integer> counts = new TreeMap<>();
    for (int i = 0; i < days; i++) {
      counts.put(today.plusDays(i), 0);
    }
    for (Wire.CardSet set : sets) {
      Map<String, Integer> exams = set.examCount() == null ? Map.of() : set.examCount();
      for (Map.Entry<String, Integer> entry : exams.entrySet()) {
        int count = entry.getValue() == null ? 0 : Math.max(0, entry.getValue());
        if (entry.getKey().equals("old")) {
          overdue += count;
        } else if (DAY.matcher(entry.getKey()).matches()) {
          Option<LocalDate> day = Mapping.date(entry.getKey()).toOption();
          if (day.isDefined() && day.get().isBefore(today)) {
            overdue += count;
          } else if (day.isDefined() && day.get().isBefore(end)) {
            counts.merge(day.get(), count, Integer::sum);
          }
        }
      }
    }
    return new DueForecast(today, overdue, counts);
  }
}
