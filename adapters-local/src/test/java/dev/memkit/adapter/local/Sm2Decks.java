package dev.memkit.adapter.local;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.util.List;

/** The store's decks, each switched to SM-2 as it is created: runs the contracts under SM-2. */
record Sm2Decks(Decks decks, DeckSchedulers schedulers) implements Decks {

  @Override
  public Either<Failure, List<Deck>> list() {
    return decks.list();
  }

  @Override
  public Either<Failure, Deck> get(DeckId id) {
    return decks.get(id);
  }

  @Override
  public Either<Failure, Deck> create(DeckName name) {
    return decks
        .create(name)
        .flatMap(deck -> schedulers.use(deck.id(), SchedulerKind.SM2).map(done -> deck));
  }

  @Override
  public Either<Failure, Deck> rename(DeckId id, DeckName name) {
    return decks.rename(id, name);
  }

  @Override
  public Either<Failure, Done> delete(DeckId id) {
    return decks.delete(id);
  }
}
