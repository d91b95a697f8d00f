package dev.memkit.adapter.memjogger;

import dev.memkit.port.CardExports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.CardExportsContract;
import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import java.time.ZoneId;

/** The export contract again, with CSV exports that start with a header row. */
class MemjoggerHeadedCardExportsContractTest extends CardExportsContract {

  private static final MemjoggerEmulator HEADED =
      MemjoggerEmulator.create(MutableClock.standard()).start().exportHeader(true);

  private final EmulatedMemjogger backend =
      EmulatedMemjogger.on(HEADED, MutableClock.standard(), ZoneId.of("UTC"));

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
