package dev.memkit.testkit.card;

import dev.memkit.domain.schedule.Fsrs6Scheduler;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Forecasts;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** The forecast contract holds for the local store's setup too: FSRS-6, days from 4 AM. */
class InMemoryFsrsForecastContractTest extends ForecastContract {

  private final MutableClock clock =
      MutableClock.at(Instant.parse("2026-03-29T01:30:00Z"), ZoneId.of("Europe/Berlin"));
  private final InMemoryCardBackend backend =
      InMemoryCardBackend.create(
          clock,
          new VirtualSleeper(clock),
          Fsrs6Scheduler.create(),
          StudyDay.of(clock.getZone(), LocalTime.of(4, 0)));

  @Override
  protected Decks decks() {
    return backend.decks();
  }

  @Override
  protected Cards cards() {
    return backend.cards();
  }

  @Override
  protected Reviews reviews() {
    return backend.reviews();
  }

  @Override
  protected Forecasts forecasts() {
    return backend.forecasts();
  }
}
