package dev.memkit.adapter.local;

import dev.memkit.port.Decks;
import dev.memkit.testkit.card.DecksContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalDecksContractTest extends DecksContract {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Override
  protected Decks decks() {
    return local.store().decks();
  }
}
