package dev.memkit.adapter.local;

import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.testkit.card.CardImportsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalCardImportsContractTest extends CardImportsContract {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Override
  protected Decks decks() {
    return local.store().decks();
  }

  @Override
  protected Cards cards() {
    return local.store().cards();
  }

  @Override
  protected CardImports cardImports() {
    return local.store().cardImports();
  }
}
