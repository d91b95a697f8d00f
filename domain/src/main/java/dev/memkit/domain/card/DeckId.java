package dev.memkit.domain.card;

import java.util.Objects;

/**
 * Identifies a deck within one backend. Opaque: Memjogger uses numbers, other stores may not, so
 * callers never parse it.
 */
public record DeckId(String value) {

  public DeckId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a deck id is never blank");
    }
  }

  public static DeckId of(String value) {
    return new DeckId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
