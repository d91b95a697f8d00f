package dev.memkit.testkit.card;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.port.Decks;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/** {@link Decks} in memory; get one from {@link InMemoryCardBackend#decks()}. */
public final class InMemoryDecks implements Decks, FaultInjectable {

  private final CardStore store;
  private final Faults faults;

  InMemoryDecks(CardStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Either<Failure, List<Deck>> list() {
    return faults.run(store::decks);
  }

  @Override
  public Either<Failure, Deck> get(DeckId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(() -> store.deck(id));
  }

  @Override
  public Either<Failure, Deck> create(DeckName name) {
    Objects.requireNonNull(name, "name");
    return faults.run(() -> store.createDeck(name));
  }

  @Override
  public Either<Failure, Deck> rename(DeckId id, DeckName name) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    return faults.run(() -> store.renameDeck(id, name));
  }

  @Override
  public Either<Failure, Done> delete(DeckId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(() -> store.deleteDeck(id));
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
