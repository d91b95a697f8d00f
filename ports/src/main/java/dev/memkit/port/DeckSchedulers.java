package dev.memkit.port;

import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.SchedulerKind;
import io.vavr.control.Either;

/**
 * Which scheduler a deck uses, for backends that schedule on memkit's side (the local store; a
 * remote service keeps its own algorithm and does not offer this port).
 *
 * <p>Contract: a new deck uses the backend's default ({@link SchedulerKind#FSRS6} for the local
 * store). {@link #use} applies to reviews from then on; states already reached are kept and
 * converted on the card's next review (a scheduler treats a state it does not own as a fresh card).
 * {@link Failure.NotFound} for an unknown deck.
 */
public interface DeckSchedulers {

  Either<Failure, SchedulerKind> scheduler(DeckId deck);

  Either<Failure, Done> use(DeckId deck, SchedulerKind kind);
}
