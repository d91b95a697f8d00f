package dev.memkit.testkit.card;

import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * {@link Forecasts} in memory, counting each card on the study day it is next due; get one from
 * {@link InMemoryCardBackend#forecasts()}.
 */
public final class InMemoryForecasts implements Forecasts, FaultInjectable {

  private final CardStore store;
  private final Faults faults;

  InMemoryForecasts(CardStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Either<Failure, DueForecast> forecast(Option<DeckId> deck, int days) {
    Objects.requireNonNull(deck, "deck");
    return faults.run(() -> store.forecast(deck, days));
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
