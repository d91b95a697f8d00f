package dev.memkit.adapter.local;

import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Forecasts;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.card.ForecastContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The forecast with decks switched to SM-2. */
class LocalSm2ForecastContractTest extends ForecastContract {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Override
  protected Decks decks() {
    return new Sm2Decks(local.store().decks(), local.store().deckSchedulers());
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
  protected Forecasts forecasts() {
    return local.store().forecasts();
  }
}
