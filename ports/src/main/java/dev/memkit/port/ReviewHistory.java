package dev.memkit.port;

import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Review;
import io.vavr.control.Either;
import java.util.List;

/**
 * Every review of a card, kept so that a schedule can be recomputed (with another scheduler or new
 * parameters) and exported. Offered by backends that keep history (the local store).
 *
 * <p>Contract: {@link #history} lists the card's reviews oldest first, each with the grade, the
 * moment and the states before and after; empty for a card never reviewed; {@link Failure.NotFound}
 * for an unknown card.
 */
public interface ReviewHistory {

  Either<Failure, List<Review>> history(CardId card);
}
