package dev.memkit.adapter.memjogger;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.Failure;
import dev.memkit.port.ImportBatch;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@link CardImports} for Memjogger, which has no batch call: the deck's cards are read (which also
 * fails with {@code NotFound} for a missing deck, before anything is added), then each new content
 * is created with one {@code POST /cardset/:id/cards}, in input order.
 *
 * <p><b>Not atomic.</b> If a create fails part way, the cards created before it stay and the
 * failure is returned. Running the same batch again is safe: the cards already there are skipped as
 * duplicates, so a rerun completes the import without duplicating anything. A create whose answer
 * is lost is not retried (it may have landed); the rerun finds it if it did.
 */
final class MemjoggerCardImports implements CardImports {

  private final Cards cards;

  MemjoggerCardImports(Cards cards) {
    this.cards = cards;
  }

  @Override
  public Either<Failure, ImportBatch> importBatch(DeckId deck, List<CardContent> contents) {
    Objects.requireNonNull(deck, "deck");
    List<CardContent> batch = List.copyOf(contents);
    return Pages.all(
            PageRequest.first(MemjoggerCards.MAX_PAGE_SIZE), page -> cards.list(deck, page))
        .flatMap(
            existing -> {
              Set<CardContent> present = new HashSet<>();
              existing.forEach(card -> present.add(card.content()));
              List<Card> added = new ArrayList<>();
              List<CardContent> duplicates = new ArrayList<>();
              for (CardContent content : batch) {
                if (!present.add(content)) {
                  duplicates.add(content);
                  continue;
                }
                Either<Failure, Card> card = cards.add(deck, content);
                if (card.isLeft()) {
                  return Either.left(card.getLeft());
                }
                added.add(card.get());
              }
              return Either.right(new ImportBatch(added, duplicates));
            });
  }
}
