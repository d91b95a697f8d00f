package dev.memkit.port;

import dev.memkit.domain.card.DeckId;
import io.vavr.control.Either;

/**
 * A deck's cards in the backend's own export format (Memjogger's {@code GET
 * /api/cardset/:id/cards?export=csv|xml}): what {@code memkit cards export --format csv|xml} uses
 * when the backend has a native export.
 *
 * <p>Contract: {@link #export} holds every card of the deck exactly once, with its content and the
 * study day it is next due (as {@link Reviews#nextDue} tells it), and nothing of other decks; the
 * raw text parses to exactly those cards. An empty deck exports no cards. {@link Failure.NotFound}
 * for a deck that does not exist. Read-only, so safe to repeat.
 */
public interface CardExports {

  /** The cards of {@code deck} exported as {@code format}; {@code NotFound} for a missing deck. */
  Either<Failure, CardExport> export(DeckId deck, ExportFormat format);
}
