package dev.memkit.testkit.card;

import dev.memkit.domain.card.CardId;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@link Reviews} in memory, scheduling with the backend's {@link
 * dev.memkit.domain.schedule.Scheduler}; get one from {@link InMemoryCardBackend#reviews()}. Every
 * mark is recorded in {@link InMemoryCardBackend#history()}.
 */
public final class InMemoryReviews implements Reviews, FaultInjectable {

  private final CardStore store;
  private final Faults faults;

  InMemoryReviews(CardStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Either<Failure, LocalDate> mark(CardId card, Grade grade) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(grade, "grade");
    return faults.run(() -> store.mark(card, grade));
  }

  @Override
  public Either<Failure, LocalDate> nextDue(CardId card) {
    Objects.requireNonNull(card, "card");
    return faults.run(() -> store.nextDue(card));
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
