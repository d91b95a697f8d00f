package dev.memkit.domain.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * SM-2's state after at least one review: successful repetitions in a row, the easiness factor
 * (exact decimal, two places: 2.5 + 5 × 0.1 is 3.0), the last interval in days, and when it was
 * last reviewed and is next due.
 */
public record Sm2State(
    int repetitions, BigDecimal easiness, int intervalDays, Instant lastReview, Instant due)
    implements ReviewState {

  public Sm2State {
    Objects.requireNonNull(easiness, "easiness");
    Objects.requireNonNull(lastReview, "lastReview");
    Objects.requireNonNull(due, "due");
  }
}
