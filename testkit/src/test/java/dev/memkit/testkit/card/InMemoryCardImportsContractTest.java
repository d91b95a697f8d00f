package dev.memkit.testkit.card;

import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryCardImportsContractTest extends CardImportsContract {

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
  protected CardImports cardImports() {
    return backend.cardImports();
  }
}
