package dev.memkit.port;

import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.DueForecast;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * How many reviews fall due on each coming day (Memjogger's {@code exam_count}).
 *
 * <p>Contract: the forecast starts on the backend's today and holds one entry per day of the range,
 * zero counts included; cards due before today are counted once in {@link DueForecast#overdue()}.
 * Each card counts once, on the day it is next due (a forecast of next dues, not a simulation of
 * future reviews). Read-only.
 */
public interface Forecasts {

  /** The longest range a forecast may cover, in days: ten years. */
  int MAX_DAYS = 3660;

  /**
   * The forecast of {@code deck}'s cards, or of every deck's when none is given, over {@code days}
   * days starting today. {@link Failure.Invalid} with the field {@code days} unless {@code days} is
   * between 1 and {@link #MAX_DAYS}; {@link Failure.NotFound} if the deck does not exist.
   */
  Either<Failure, DueForecast> forecast(Option<DeckId> deck, int days);
}
