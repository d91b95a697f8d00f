package dev.memkit.adapter.memjogger;

import dev.memkit.port.Decks;
import dev.memkit.testkit.card.DecksContract;

class MemjoggerDecksContractTest extends DecksContract {

  private final EmulatedMemjogger backend = EmulatedMemjogger.onSharedEmulator();

  @Override
  protected Decks decks() {
    return backend.memjogger.decks();
  }
}
