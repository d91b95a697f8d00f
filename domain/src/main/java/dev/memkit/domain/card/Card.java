package dev.memkit.domain.card;

import dev.memkit.domain.schedule.ReviewState;
import java.time.Instant;
import java.util.Objects;

/**
 * A flashcard: its id, the deck it belongs to, its content, and where it stands in its schedule
 * ({@link ReviewState.Fresh} until first reviewed).
 */
public record Card(CardId id, DeckId deck, CardContent content, ReviewState state) {

  public Card {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(state, "state");
  }

  public static Card of(CardId id, DeckId deck, CardContent content, ReviewState state) {
    return new Card(id, deck, content, state);
  }

  /** The moment the card is next due, as its schedule says. */
  public Instant due() {
    return state.due();
  }

  /** The same card with other content; the schedule is unchanged. */
  public Card withContent(CardContent content) {
    return new Card(id, deck, content, state);
  }

  /** The same card after a review moved it to {@code state}. */
  public Card withState(ReviewState state) {
    return new Card(id, deck, content, state);
  }
}
