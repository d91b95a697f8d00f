package dev.memkit.port;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import java.util.List;

/**
 * What one {@link CardImports#importBatch} did: the cards it added, and the contents it skipped
 * because the deck already held a card with the same question and answer (or the batch held it
 * twice).
 */
public record ImportBatch(List<Card> added, List<CardContent> duplicates) {

  public ImportBatch {
    added = List.copyOf(added);
    duplicates = List.copyOf(duplicates);
  }
}
