package dev.memkit.adapter.memjogger;

import dev.memkit.port.CardExports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.card.CardExportsContract;

class MemjoggerCardExportsContractTest extends CardExportsContract {

  private final EmulatedMemjogger backend = EmulatedMemjogger.onSharedEmulator();

  @Override
  protected Decks decks() {
    return backend.memjogger.decks();
  }

  @Override
  protected Cards cards() {
    return backend.memjogger.cards();
  }

  @Override
  protected Reviews reviews() {
    return backend.memjogger.reviews();
  }

  @Override
  protected CardExports cardExports() {
    return backend.memjogger.exports();
  }
}
