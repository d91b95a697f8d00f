package dev.memkit.adapter.local;

import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.card.ReviewsContract;
import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reviews on decks as created: FSRS-6. */
class LocalReviewsContractTest extends ReviewsContract {

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
  protected LocalDate today() {
    return LocalStoreExtension.STUDY_DAY.dayOf(local.clock().instant());
  }
}
