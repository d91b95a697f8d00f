package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.CardExport;
import dev.memkit.port.CardExports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.ExportFormat;
import dev.memkit.port.ExportedCard;
import dev.memkit.port.Failure;
import dev.memkit.port.Reviews;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CardExports} must show, in every {@link ExportFormat}. Extend it in a
 * test and implement the factories: each is called once per test, and all must be ports of the same
 * fresh, empty backend.
 */
public abstract class CardExportsContract {

  private Decks decks;
  private Cards cards;
  private Reviews reviews;
  private CardExports exports;

  /** Makes decks; same backend as {@link #cardExports()}. */
  protected abstract Decks decks();

  /** Adds the cards to export; same backend as {@link #cardExports()}. */
  protected abstract Cards cards();

  /** Marks cards and tells their next due; same backend as {@link #cardExports()}. */
  protected abstract Reviews reviews();

  /** The port under test, on a fresh, empty backend. */
  protected abstract CardExports cardExports();

  @BeforeEach
  void setUpPorts() {
    decks = decks();
    cards = cards();
    reviews = reviews();
    exports = cardExports();
  }

  /** An id no deck has: by default the id of a deck created and deleted again. */
  protected DeckId missingDeckId() {
    DeckId id = newDeck();
    success(decks.delete(id));
    return id;
  }

  @Test
  void shouldExportEveryCardWithItsNextDueWhenTheDeckHasCards() {
    DeckId deck = newDeck();
    List<Card> added = addCards(deck, 3);
    List<ExportedCard> expected = new ArrayList<>();
    for (Card card : added) {
      expected.add(ExportedCard.of(card.content(), success(reviews.nextDue(card.id()))));
    }

    for (ExportFormat format : ExportFormat.values()) {
      CardExport export = success(exports.export(deck, format));

      assertThat(export.cards()).as("%s", format).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void shouldExportEveryCardOnceWhenTheDeckSpansSeveralPages() {
    DeckId deck = newDeck();
    List<CardContent> added = addCards(deck, 25).stream().map(Card::content).toList();

    for (ExportFormat format : ExportFormat.values()) {
      CardExport export = success(exports.export(deck, format));

      assertThat(export.cards())
          .as("%s", format)
          .extracting(ExportedCard::content)
          .containsExactlyInAnyOrderElementsOf(added);
    }
  }

  @Test
  void shouldDeclareTheFormatWhenExporting() {
    DeckId deck = newDeck();
    Card card = success(cards.add(deck, aCardContent()));

    CardExport csv = success(exports.export(deck, ExportFormat.CSV));
    CardExport xml = success(exports.export(deck, ExportFormat.XML));

    assertThat(csv.format()).isEqualTo(ExportFormat.CSV);
    assertThat(csv.mediaType()).containsIgnoringCase("csv");
    assertThat(xml.format()).isEqualTo(ExportFormat.XML);
    assertThat(xml.mediaType()).containsIgnoringCase("xml");
    for (CardExport export : List.of(csv, xml)) {
      assertThat(export.text())
          .contains(card.content().question())
          .contains(card.content().answer());
    }
  }

  @Test
  void shouldKeepEveryCharacterWhenTheContentNeedsQuotingOrEscaping() {
    DeckId deck = newDeck();
    List<CardContent> tricky =
        List.of(
            new CardContent("a, b and \"c\"", "line one\nline two"),
            new CardContent("<b>bold</b> & 'quoted'", "der Bär \uD83D\uDC3B, naïve, 東京"),
            new CardContent("semi;colon\ttab", "ends with a comma,"));
    for (CardContent content : tricky) {
      success(cards.add(deck, content));
    }

    for (ExportFormat format : ExportFormat.values()) {
      CardExport export = success(exports.export(deck, format));

      assertThat(export.cards())
          .as("%s", format)
          .extracting(ExportedCard::content)
          .containsExactlyInAnyOrderElementsOf(tricky);
    }
  }

  @Test
  void shouldExportTheMarkedDayWhenACardWasMarked() {
    DeckId deck = newDeck();
    Card card = success(cards.add(deck, aCardContent()));
    LocalDate next = success(reviews.mark(card.id(), Grade.PERFECT));

    for (ExportFormat format : ExportFormat.values()) {
      CardExport export = success(exports.export(deck, format));

      assertThat(export.cards())
          .as("%s", format)
          .containsExactly(ExportedCard.of(card.content(), next));
    }
  }

  @Test
  void shouldExportNoCardsWhenTheDeckIsEmpty() {
    DeckId deck = newDeck();

    for (ExportFormat format : ExportFormat.values()) {
      assertThat(success(exports.export(deck, format)).cards()).as("%s", format).isEmpty();
    }
  }

  @Test
  void shouldLeaveOutOtherDecksWhenExportingOneDeck() {
    DeckId spanish = newDeck();
    DeckId german = newDeck();
    List<Card> spanishCards = addCards(spanish, 2);
    addCards(german, 3);

    for (ExportFormat format : ExportFormat.values()) {
      assertThat(success(exports.export(spanish, format)).cards())
          .as("%s", format)
          .extracting(ExportedCard::content)
          .containsExactlyInAnyOrderElementsOf(spanishCards.stream().map(Card::content).toList());
    }
  }

  @Test
  void shouldChangeNothingWhenExporting() {
    DeckId deck = newDeck();
    Card card = success(cards.add(deck, aCardContent()));

    success(exports.export(deck, ExportFormat.CSV));
    success(exports.export(deck, ExportFormat.XML));

    assertThat(success(cards.get(card.id()))).isEqualTo(card);
  }

  @Test
  void shouldFailWithNotFoundWhenTheDeckIsMissing() {
    DeckId missing = missingDeckId();

    for (ExportFormat format : ExportFormat.values()) {
      failure(exports.export(missing, format), Failure.NotFound.class);
    }
  }

  @Test
  void shouldGiveEveryExportedCardANextDueWhenTheBackendKnowsIt() {
    DeckId deck = newDeck();
    addCards(deck, 2);

    for (ExportFormat format : ExportFormat.values()) {
      assertThat(success(exports.export(deck, format)).cards())
          .as("%s", format)
          .extracting(ExportedCard::nextDue)
          .allMatch(Option::isDefined);
    }
  }

  private DeckId newDeck() {
    return success(decks.create(aDeckName())).id();
  }

  private List<Card> addCards(DeckId deck, int count) {
    List<Card> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add(success(cards.add(deck, aCardContent())));
    }
    return added;
  }
}
