package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.ImportBatch;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CardImports} must show. Extend it in a test and implement the
 * factories: each is called once per test, and all must be ports of the same fresh, empty backend.
 */
public abstract class CardImportsContract {

  private Decks decks;
  private Cards cards;
  private CardImports imports;

  /** Makes the decks to import into; same backend as {@link #cardImports()}. */
  protected abstract Decks decks();

  /** Adds and lists cards; same backend as {@link #cardImports()}. */
  protected abstract Cards cards();

  /** The port under test, on a fresh, empty backend. */
  protected abstract CardImports cardImports();

  @BeforeEach
  void setUpPorts() {
    decks = decks();
    cards = cards();
    imports = cardImports();
  }

  /** An id no deck has: by default the id of a deck created and deleted again. */
  protected DeckId missingDeckId() {
    DeckId id = newDeck();
    success(decks.delete(id));
    return id;
  }

  @Test
  void shouldAddEveryContentInInputOrderWhenThereAreNoDuplicates() {
    DeckId deck = newDeck();
    List<CardContent> batch = contents(5);

    ImportBatch result = success(imports.importBatch(deck, batch));

    assertThat(result.duplicates()).isEmpty();
    assertThat(result.added()).extracting(Card::content).containsExactlyElementsOf(batch);
    assertThat(result.added())
        .allSatisfy(
            card -> {
              assertThat(card.deck()).isEqualTo(deck);
              assertThat(card.state()).isInstanceOf(ReviewState.Fresh.class);
            });
    assertThat(result.added()).extracting(Card::id).doesNotHaveDuplicates();
    assertThat(all(deck)).containsExactlyInAnyOrderElementsOf(result.added());
  }

  @Test
  void shouldStoreTheCardsAsReturnedWhenImported() {
    DeckId deck = newDeck();

    ImportBatch result = success(imports.importBatch(deck, contents(3)));

    for (Card card : result.added()) {
      assertThat(success(cards.get(card.id()))).isEqualTo(card);
    }
  }

  @Test
  void shouldSkipTheRepeatWhenTheBatchHoldsAContentTwice() {
    DeckId deck = newDeck();
    CardContent first = aCardContent();
    CardContent second = aCardContent();

    ImportBatch result = success(imports.importBatch(deck, List.of(first, second, first, first)));

    assertThat(result.added()).extracting(Card::content).containsExactly(first, second);
    assertThat(result.duplicates()).containsExactly(first, first);
    assertThat(all(deck)).hasSize(2);
  }

  @Test
  void shouldSkipContentTheDeckHoldsWhenImporting() {
    DeckId deck = newDeck();
    CardContent existing = aCardContent();
    Card before = success(cards.add(deck, existing));
    CardContent fresh = aCardContent();

    ImportBatch result = success(imports.importBatch(deck, List.of(existing, fresh)));

    assertThat(result.added()).extracting(Card::content).containsExactly(fresh);
    assertThat(result.duplicates()).containsExactly(existing);
    assertThat(all(deck)).hasSize(2).contains(before);
  }

  @Test
  void shouldReportDuplicatesInInputOrderWhenTheyAreMixed() {
    DeckId deck = newDeck();
    CardContent a = aCardContent();
    CardContent b = aCardContent();
    CardContent x = aCardContent();
    CardContent y = aCardContent();
    success(cards.add(deck, b));
    success(cards.add(deck, a));

    ImportBatch result = success(imports.importBatch(deck, List.of(b, x, a, y, x, b)));

    assertThat(result.added()).extracting(Card::content).containsExactly(x, y);
    assertThat(result.duplicates()).containsExactly(b, a, x, b);
  }

  @Test
  void shouldAddNothingWhenTheSameBatchRunsAgain() {
    DeckId deck = newDeck();
    List<CardContent> batch = contents(4);
    success(imports.importBatch(deck, batch));
    List<Card> afterFirst = all(deck);

    ImportBatch again = success(imports.importBatch(deck, batch));

    assertThat(again.added()).isEmpty();
    assertThat(again.duplicates()).containsExactlyElementsOf(batch);
    assertThat(all(deck)).containsExactlyInAnyOrderElementsOf(afterFirst);
  }

  @Test
  void shouldCompareExactlyWhenLookingForDuplicates() {
    DeckId deck = newDeck();
    CardContent original = new CardContent("Haus " + aCardContent().question(), "house");
    CardContent otherAnswer = new CardContent(original.question(), "home");
    CardContent otherCase = new CardContent(original.question().toUpperCase(), "house");
    CardContent padded = new CardContent(original.question() + " ", "house");
    success(cards.add(deck, original));

    ImportBatch result =
        success(imports.importBatch(deck, List.of(otherAnswer, otherCase, padded, original)));

    assertThat(result.added())
        .extracting(Card::content)
        .containsExactly(otherAnswer, otherCase, padded);
    assertThat(result.duplicates()).containsExactly(original);
  }

  @Test
  void shouldNotCountCardsOfOtherDecksWhenLookingForDuplicates() {
    DeckId spanish = newDeck();
    DeckId german = newDeck();
    CardContent shared = aCardContent();
    success(cards.add(spanish, shared));

    ImportBatch result = success(imports.importBatch(german, List.of(shared)));

    assertThat(result.added()).extracting(Card::content).containsExactly(shared);
    assertThat(result.duplicates()).isEmpty();
  }

  @Test
  void shouldAddNothingWhenTheBatchIsEmpty() {
    DeckId deck = newDeck();

    ImportBatch result = success(imports.importBatch(deck, List.of()));

    assertThat(result.added()).isEmpty();
    assertThat(result.duplicates()).isEmpty();
    assertThat(all(deck)).isEmpty();
  }

  @Test
  void shouldAddEveryCardWhenTheBatchIsLarge() {
    DeckId deck = newDeck();
    List<CardContent> batch = contents(1_000);

    ImportBatch result = success(imports.importBatch(deck, batch));

    assertThat(result.added()).extracting(Card::content).containsExactlyElementsOf(batch);
    assertThat(all(deck)).hasSize(1_000);
  }

  @Test
  void shouldFailWithNotFoundAndAddNothingWhenTheDeckIsMissing() {
    DeckId missing = missingDeckId();
    DeckId other = newDeck();

    failure(imports.importBatch(missing, contents(3)), Failure.NotFound.class);

    assertThat(all(other)).isEmpty();
  }

  private DeckId newDeck() {
    return success(decks.create(aDeckName())).id();
  }

  private static List<CardContent> contents(int count) {
    List<CardContent> contents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      contents.add(aCardContent());
    }
    return contents;
  }

  private List<Card> all(DeckId deck) {
    return success(Pages.all(PageRequest.first(), page -> cards.list(deck, page)));
  }
}
