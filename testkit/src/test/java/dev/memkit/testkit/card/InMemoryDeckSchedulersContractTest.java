package dev.memkit.testkit.card;

import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.Cards;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

/** The fake made by {@code create(clock, sleeper)}: SM-2 for new decks, like Memjogger. */
class InMemoryDeckSchedulersContractTest extends DeckSchedulersContract {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryCardBackend backend =
      InMemoryCardBackend.create(clock, new VirtualSleeper(clock));

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
    return SchedulerKind.SM2;
  }
}
