package dev.memkit.domain.card;

import java.util.Objects;

/**
 * Identifies a card within one backend. Opaque: Memjogger uses numbers, other stores may not, so
 * callers never parse it.
 */
public record CardId(String value) {

  public CardId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a card id is never blank");
    }
  }

  public static CardId of(String value) {
    return new CardId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
