package dev.memkit.adapter.memjogger;

import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.testkit.card.CardImportsContract;

class MemjoggerCardImportsContractTest extends CardImportsContract {

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
  protected CardImports cardImports() {
    return backend.memjogger.cardImports();
  }
}
