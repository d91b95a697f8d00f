package dev.memkit.port;

import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import io.vavr.control.Either;
import java.util.List;

/**
 * Adds many cards to a deck at once, skipping duplicates: what {@code memkit cards import} and
 * {@code memkit copy} build on.
 *
 * <p>Contract: {@link #importBatch} adds every content whose question and answer are not yet in the
 * deck (exact comparison) and reports the others as duplicates, in input order. Re-running the same
 * batch adds nothing. A backend that can (the local store) applies a batch atomically: after a
 * crash either the whole batch is saved or none of it, so a caller that reports progress after each
 * batch never reports a card that is not saved. Batches of any size are accepted; callers that
 * report progress keep them to about a thousand. {@link Failure.NotFound} for an unknown deck, with
 * nothing added.
 */
public interface CardImports {

  Either<Failure, ImportBatch> importBatch(DeckId deck, List<CardContent> contents);
}
