package dev.memkit.domain.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * FSRS's state after at least one review: the phase, the learning or relearning step (0 in review),
 * stability in days, difficulty in [1, 10], and when it was last reviewed and is next due.
 */
public record FsrsState(
    Phase phase, int step, double stability, double difficulty, Instant lastReview, Instant due)
    implements ReviewState {

  public FsrsState {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(lastReview, "lastReview");
    Objects.requireNonNull(due, "due");
  }

  /** FSRS's card states (reference §3.4): learning steps, long-term review, relearning steps. */
  public enum Phase {
    LEARNING,
    REVIEW,
    RELEARNING
  }
}
