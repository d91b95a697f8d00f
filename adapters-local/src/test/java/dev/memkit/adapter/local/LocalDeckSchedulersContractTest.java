package dev.memkit.adapter.local;

import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.Cards;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.card.DeckSchedulersContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalDeckSchedulersContractTest extends DeckSchedulersContract {

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
  protected DeckSchedulers deckSchedulers() {
    return local.store().deckSchedulers();
  }

  @Override
  protected SchedulerKind defaultKind() {
    return SchedulerKind.FSRS6;
  }
}
