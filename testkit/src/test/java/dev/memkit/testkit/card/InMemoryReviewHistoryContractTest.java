package dev.memkit.testkit.card;

import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.ReviewHistory;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryReviewHistoryContractTest extends ReviewHistoryContract {

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
  protected ReviewHistory reviewHistory() {
    return backend.reviewHistory();
  }

  @Override
  protected MutableClock clock() {
    return clock;
  }
}
