package dev.memkit.testkit.card;

import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Cards;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import java.time.LocalTime;

/** The fake set up like the local store: FSRS-6 for new decks, days from 4 AM. */
class InMemoryFsrsDeckSchedulersContractTest extends DeckSchedulersContract {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryCardBackend backend =
      InMemoryCardBackend.create(
          clock,
          new VirtualSleeper(clock),
          SchedulerKind.FSRS6,
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
  protected DeckSchedulers deckSchedulers() {
    return backend.deckSchedulers();
  }

  @Override
  protected SchedulerKind defaultKind() {
    return SchedulerKind.FSRS6;
  }
}
