package dev.memkit.app.usecase;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What is due: today's reviews, the overdue ones, and each of the next days, for one deck or every
 * deck. The range is checked here ({@code Invalid} with the field {@code days}, 1 to {@link
 * Forecasts#MAX_DAYS}) so every backend answers a bad range alike.
 */
public final class DueReport {

  /** Days shown when the user asks for no particular range: a week. */
  public static final int DEFAULT_DAYS = 7;

  private final Forecasts forecasts;

  public DueReport(Forecasts forecasts) {
    this.forecasts = Objects.requireNonNull(forecasts);
  }

  public Either<Failure, DueForecast> run(Option<Deck> deck, int days) {
    if (days < 1 || days > Forecasts.MAX_DAYS) {
      return Problems.invalid(
          "days", "must be between 1 and " + Forecasts.MAX_DAYS + " (was " + days + ")");
    }
    return forecasts.forecast(deck.map(Deck::id), days);
  }
}
