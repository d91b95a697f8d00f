package dev.memkit.domain.card;

import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import java.time.Instant;
import java.util.Objects;

/**
 * One review, for history: which card was graded how and when, and its schedule before and after.
 * Keeping both states lets a history be replayed or undone without asking the scheduler again.
 */
public record Review(CardId card, Grade grade, Instant at, ReviewState before, ReviewState after) {

  public Review {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  public static Review of(
      CardId card, Grade grade, Instant at, ReviewState before, ReviewState after) {
    return new Review(card, grade, at, before, after);
  }

  /** When the card is due after this review. */
  public Instant nextDue() {
    return after.due();
  }
}
