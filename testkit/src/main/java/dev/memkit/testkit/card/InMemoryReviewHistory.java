package dev.memkit.testkit.card;

import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Review;
import dev.memkit.port.Failure;
import dev.memkit.port.ReviewHistory;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * {@link ReviewHistory} in memory: the card's part of {@link InMemoryCardBackend#history()}; get
 * one from {@link InMemoryCardBackend#reviewHistory()}.
 */
public final class InMemoryReviewHistory implements ReviewHistory, FaultInjectable {

  private final CardStore store;
  private final Faults faults;

  InMemoryReviewHistory(CardStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Either<Failure, List<Review>> history(CardId card) {
    Objects.requireNonNull(card, "card");
    return faults.run(() -> store.history(card));
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
