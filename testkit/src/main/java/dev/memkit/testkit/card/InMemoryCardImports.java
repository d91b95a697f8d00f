package dev.memkit.testkit.card;

import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.port.CardImports;
import dev.memkit.port.Failure;
import dev.memkit.port.ImportBatch;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * {@link CardImports} in memory; get one from {@link InMemoryCardBackend#cardImports()}. A batch is
 * applied under the backend's lock, so it is all or nothing like the local store's; like other card
 * writes it needs the subscription.
 */
public final class InMemoryCardImports implements CardImports, FaultInjectable {

  private final CardStore store;
  private final Faults faults;

  InMemoryCardImports(CardStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Either<Failure, ImportBatch> importBatch(DeckId deck, List<CardContent> contents) {
    Objects.requireNonNull(deck, "deck");
    List<CardContent> batch = List.copyOf(contents);
    return faults.run(() -> store.importBatch(deck, batch));
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
