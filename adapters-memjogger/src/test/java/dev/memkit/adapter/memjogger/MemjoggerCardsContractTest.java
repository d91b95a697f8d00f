package dev.memkit.adapter.memjogger;

import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.testkit.card.CardsContract;

class MemjoggerCardsContractTest extends CardsContract {

  private final EmulatedMemjogger backend = EmulatedMemjogger.onSharedEmulator();

  @Override
  protected Decks decks() {
    return backend.memjogger.decks();
  }

  @Override
  protected Cards cards() {
    return backend.memjogger.cards();
  }
}
