package dev.memkit.testkit.card;

import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * {@link DeckSchedulers} in memory; get one from {@link InMemoryCardBackend#deckSchedulers()}. A
 * new deck uses the backend's {@linkplain InMemoryCardBackend#defaultKind() default kind}; marks
 * use {@link InMemoryCardBackend#scheduler(SchedulerKind)} of the deck's kind at the time of the
 * mark.
 */
public final class InMemoryDeckSchedulers implements DeckSchedulers, FaultInjectable {

  private final CardStore store;
  private final Faults faults;

  InMemoryDeckSchedulers(CardStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Either<Failure, SchedulerKind> scheduler(DeckId deck) {
    Objects.requireNonNull(deck, "deck");
    return faults.run(() -> store.deckScheduler(deck));
  }

  @Override
  public Either<Failure, Done> use(DeckId deck, SchedulerKind kind) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(kind, "kind");
    return faults.run(() -> store.useScheduler(deck, kind));
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
