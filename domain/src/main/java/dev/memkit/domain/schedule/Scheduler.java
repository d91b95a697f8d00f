package dev.memkit.domain.schedule;

import java.time.Instant;

/**
 * Decides when a card is next due from its state, the grade just given and the moment of the
 * review. Pure and deterministic: the same arguments always give the same state.
 */
public interface Scheduler {

  /** A short stable name: {@code "sm2"} or {@code "fsrs6"}. */
  String name();

  /** The state after reviewing a card in state {@code before} with {@code grade} at {@code at}. */
  ReviewState review(ReviewState before, Grade grade, Instant at);
}
