package dev.memkit.adapter.local;

import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.ReviewHistory;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.ReviewHistoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalReviewHistoryContractTest extends ReviewHistoryContract {

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
  protected Reviews reviews() {
    return local.store().reviews();
  }

  @Override
  protected ReviewHistory reviewHistory() {
    return local.store().reviewHistory();
  }

  @Override
  protected MutableClock clock() {
    return local.clock();
  }
}
