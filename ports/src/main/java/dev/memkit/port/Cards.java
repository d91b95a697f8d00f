package dev.memkit.port;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * The flashcards in a backend's decks.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>A card belongs to exactly one deck. A missing deck or card (never issued, deleted, or gone
 *       with its deck) gives {@link Failure.NotFound}; ids are never reused.
 *   <li>Listings are paged in an order the backend keeps stable (Memjogger: by id). Walking every
 *       page from the first while the deck does not change visits each card exactly once (cards
 *       added or deleted during the walk may shift pages on a backend that pages by number, as
 *       Memjogger does). A page may hold fewer cards than asked for (the backend's own maximum);
 *       only a page without a next cursor is the last. A cursor the backend cannot read gives
 *       {@link Failure.Invalid} with the field {@code cursor}.
 *   <li>A new card has never been reviewed ({@link dev.memkit.domain.schedule.ReviewState.Fresh})
 *       and is due at once; a backend whose service decides otherwise may make it due on the next
 *       study day, no later (Memjogger's documented example answers a card created on 2012-03-10
 *       with {@code next_exam_date} 2012-03-11). Editing changes the content, never the schedule.
 *   <li>Days are study days of the backend (Memjogger's {@code client_date}: the user's date).
 *   <li>A backend may require a subscription for writes: then they fail with {@link
 *       Failure.Forbidden} and change nothing.
 * </ul>
 */
public interface Cards {

  /** One page of the cards in {@code deck}; {@code NotFound} if there is no such deck. */
  Either<Failure, Page<Card>> list(DeckId deck, PageRequest page);

  /**
   * One page of the cards in {@code deck} that are due on study day {@code day} or earlier, in the
   * same order as {@link #list}; {@code NotFound} if there is no such deck.
   */
  Either<Failure, Page<Card>> listDue(DeckId deck, LocalDate day, PageRequest page);

  /** The card with {@code id}, or {@code NotFound}. */
  Either<Failure, Card> get(CardId id);

  /**
   * A new card in {@code deck}, due now (or on the next study day, see above); {@code NotFound} if
   * there is no such deck.
   */
  Either<Failure, Card> add(DeckId deck, CardContent content);

  /** The card with its new content and its schedule unchanged; {@code NotFound} if missing. */
  Either<Failure, Card> edit(CardId id, CardContent content);

  /** Deletes the card; {@code NotFound} if there is no such card (a second delete included). */
  Either<Failure, Done> delete(CardId id);
}
