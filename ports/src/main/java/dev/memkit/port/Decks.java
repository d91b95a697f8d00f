package dev.memkit.port;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import io.vavr.control.Either;
import java.util.List;

/**
 * The decks of flashcards a backend holds (Memjogger's card sets).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Names are unique within a backend, compared exactly: creating a deck, or renaming one, to a
 *       name another deck has fails with {@link Failure.Conflict} and changes nothing.
 *   <li>An id that no deck has (never issued, or its deck was deleted) gives {@link
 *       Failure.NotFound}. Ids are never reused.
 *   <li>Deleting a deck deletes its cards. Deleting is not idempotent: a second delete of the same
 *       id is {@code NotFound}.
 *   <li>A backend may require a subscription for writes: then they fail with {@link
 *       Failure.Forbidden} (Memjogger: "trial or subscription required") and change nothing.
 * </ul>
 */
public interface Decks {

  /**
   * Every deck, in an order the backend chooses but keeps stable between calls. Not paged: people
   * keep tens of decks, not thousands, and Memjogger returns them in one answer.
   */
  Either<Failure, List<Deck>> list();

  /** The deck with {@code id}, or {@code NotFound}. */
  Either<Failure, Deck> get(DeckId id);

  /**
   * A new, empty deck named {@code name} with a fresh id; {@code Conflict} if the name is taken.
   */
  Either<Failure, Deck> create(DeckName name);

  /**
   * The deck under its new name. {@code NotFound} if there is no such deck, {@code Conflict} if
   * another deck has the name.
   */
  Either<Failure, Deck> rename(DeckId id, DeckName name);

  /** Deletes the deck and all its cards; {@code NotFound} if there is no such deck. */
  Either<Failure, Done> delete(DeckId id);
}
