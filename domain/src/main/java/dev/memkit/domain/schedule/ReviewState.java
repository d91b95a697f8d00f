package dev.memkit.domain.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a card stands in its schedule. Each scheduler has its own state; a card that was never
 * reviewed is {@link Fresh}. Every state knows when the card is next due.
 */
public sealed interface ReviewState permits ReviewState.Fresh, Sm2State, FsrsState {

  /** The moment the card is next due for review. */
  Instant due();

  /** Never reviewed; due from the moment it was added. */
  record Fresh(Instant due) implements ReviewState {
    public Fresh {
      Objects.requireNonNull(due, "due");
    }
  }
}
