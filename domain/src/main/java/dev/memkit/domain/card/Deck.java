package dev.memkit.domain.card;

import java.util.Objects;

/** A named collection of cards (a Memjogger card set). */
public record Deck(DeckId id, DeckName name) {

  public Deck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  public static Deck of(DeckId id, DeckName name) {
    return new Deck(id, name);
  }

  /** This deck under another name. */
  public Deck withName(DeckName name) {
    return new Deck(id, name);
  }
}
