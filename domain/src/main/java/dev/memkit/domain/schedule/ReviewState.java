package dev.memkit.domain.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a card stands in its schedule. Each scheduler has its own state; a card that was never
 * reviewed is {@link Fresh}; a card scheduled by a remote service that reveals only the next date
 * is {@link Scheduled}. Every state knows when the card is next due.
 */
public sealed interface ReviewState
    permits ReviewState.Fresh, ReviewState.Scheduled, Sm2State, FsrsState {

  /** The moment the card is next due for review. */
  Instant due();

  /** Never reviewed; due from the moment it was added. */
  record Fresh(Instant due) implements ReviewState {
    public Fresh {
      Objects.requireNonNull(due, "due");
    }
  }

  /**
   * Scheduled by a service that keeps its algorithm to itself (Memjogger answers only {@code
   * next_exam_date}): memkit knows when the card is due and nothing more. A local scheduler treats
   * it like a fresh card.
   */
  record Scheduled(Instant due) implements ReviewState {
    public Scheduled {
      Objects.requireNonNull(due, "due");
    }
  }
}
