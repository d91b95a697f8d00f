package dev.memkit.testkit.card;

import dev.memkit.port.CardExports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryCardExportsContractTest extends CardExportsContract {

  private final MutableClock clock = MutableClock.standard();
  private final VirtualSleeper sleeper = new VirtualSleeper(clock);
  private final InMemoryCardBackend backend = InMemoryCardBackend.create(clock, sleeper);

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
  protected CardExports cardExports() {
    return InMemoryCardExports.create(backend, sleeper);
  }
}
