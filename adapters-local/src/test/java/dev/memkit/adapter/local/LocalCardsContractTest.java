package dev.memkit.adapter.local;

import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.testkit.card.CardsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalCardsContractTest extends CardsContract {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Override
  protected Decks decks() {
    return local.store().decks();
  }

  @Override
  protected Cards cards() {
    return local.store().cards();
  }
}
