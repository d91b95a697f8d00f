package dev.memkit.testkit.card;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.ReviewState;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data for flashcards. Names and contents are unique within a JVM (a shared counter), so tests
 * never collide on Memjogger's unique deck names, and always valid.
 */
public final class CardFixtures {

  private static final AtomicLong COUNTER = new AtomicLong();

  /** When {@link #aCard()} cards are due unless told otherwise. */
  public static final Instant ADDED = Instant.parse("2026-01-05T09:00:00Z");

  private CardFixtures() {}

  /** A unique, valid deck name such as {@code "deck 7"}. */
  public static DeckName aDeckName() {
    return new DeckName("deck " + next());
  }

  /**
   * A unique, valid deck name of exactly {@code length} characters (at least 8 leave room for the
   * counter; {@link DeckName#MAX_LENGTH} at most).
   */
  public static DeckName aDeckNameOfLength(int length) {
    String unique = "deck " + next() + " ";
    if (length < unique.length() || length > DeckName.MAX_LENGTH) {
      throw new IllegalArgumentException("cannot make a unique deck name of length " + length);
    }
    return new DeckName(unique + "x".repeat(length - unique.length()));
  }

  /** Unique, valid content: {@code "question 7"} / {@code "answer 7"}. */
  public static CardContent aCardContent() {
    long n = next();
    return new CardContent("question " + n, "answer " + n);
  }

  /** Valid content asking {@code question}, with a unique answer. */
  public static CardContent aCardContent(String question) {
    return new CardContent(question, "answer " + next());
  }

  /** A builder of a {@link Card} value (not stored anywhere): fresh, due at {@link #ADDED}. */
  public static CardBuilder aCard() {
    long n = next();
    return new CardBuilder(
        CardId.of(Long.toString(n)),
        DeckId.of("1"),
        new CardContent("question " + n, "answer " + n),
        new ReviewState.Fresh(ADDED));
  }

  private static long next() {
    return COUNTER.incrementAndGet();
  }

  /** Builds a {@link Card}; every {@code with} returns a new builder. */
  public record CardBuilder(CardId id, DeckId deck, CardContent content, ReviewState state) {

    public CardBuilder {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(deck, "deck");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(state, "state");
    }

    public CardBuilder withId(String id) {
      return new CardBuilder(CardId.of(id), deck, content, state);
    }

    public CardBuilder inDeck(DeckId deck) {
      return new CardBuilder(id, deck, content, state);
    }

    public CardBuilder withContent(String question, String answer) {
      return new CardBuilder(id, deck, new CardContent(question, answer), state);
    }

    public CardBuilder withState(ReviewState state) {
      return new CardBuilder(id, deck, content, state);
    }

    /** Never reviewed, due at {@code due}. */
    public CardBuilder dueAt(Instant due) {
      return withState(new ReviewState.Fresh(due));
    }

    public Card build() {
      return Card.of(id, deck, content, state);
    }
  }
}
