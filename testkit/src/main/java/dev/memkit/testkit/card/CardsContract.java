package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.port.Cards;
import dev.memkit.port.Cursor;
import dev.memkit.port.Decks;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Cards} must show. Extend it in a test and implement {@link #decks()}
 * and {@link #cards()}: each is called once per test, and both must be ports of the same fresh,
 * empty backend.
 */
public abstract class CardsContract {

  /** A day before any card of any backend under test was added. */
  private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

  /** A day after every card added by these tests is due. */
  private static final LocalDate FAR_AHEAD = LocalDate.of(2100, 1, 1);

  private Decks decks;
  private Cards cards;

  /** Makes the decks that cards go in; same backend as {@link #cards()}. */
  protected abstract Decks decks();

  /** The port under test, on a fresh, empty backend. */
  protected abstract Cards cards();

  @BeforeEach
  void setUpPorts() {
    decks = decks();
    cards = cards();
  }

  /** An id no deck has: by default the id of a deck created and deleted again. */
  protected DeckId missingDeckId() {
    DeckId id = newDeck();
    success(decks.delete(id));
    return id;
  }

  /** An id no card has: by default the id of a card added and deleted again. */
  protected CardId missingCardId() {
    Card card = success(cards.add(newDeck(), aCardContent()));
    success(cards.delete(card.id()));
    return card.id();
  }

  @Test
  void shouldReturnAFreshCardWithTheContentWhenAdded() {
    DeckId deck = newDeck();
    CardContent content = aCardContent();

    Card card = success(cards.add(deck, content));

    assertThat(card.deck()).isEqualTo(deck);
    assertThat(card.content()).isEqualTo(content);
    assertThat(card.state()).isInstanceOf(ReviewState.Fresh.class);
    assertThat(success(cards.get(card.id()))).isEqualTo(card);
  }

  @Test
  void shouldKeepLongestAndUnicodeContentWhenAdded() {
    String longest = "q".repeat(CardContent.MAX_LENGTH);
    CardContent content = new CardContent(longest, "der Bär \uD83D\uDC3B, naïve, 東京");

    Card card = success(cards.add(newDeck(), content));

    assertThat(success(cards.get(card.id())).content()).isEqualTo(content);
  }

  @Test
  void shouldGiveDistinctIdsWhenAddingCards() {
    DeckId deck = newDeck();

    Card first = success(cards.add(deck, aCardContent()));
    Card second = success(cards.add(deck, aCardContent()));

    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void shouldFailWithNotFoundAndAddNothingWhenTheDeckIsMissing() {
    DeckId missing = missingDeckId();
    DeckId other = newDeck();

    failure(cards.add(missing, aCardContent()), Failure.NotFound.class);

    assertThat(all(other)).isEmpty();
  }

  @Test
  void shouldListAnEmptyLastPageWhenTheDeckHasNoCards() {
    Page<Card> page = success(cards.list(newDeck(), PageRequest.first(10)));

    assertThat(page.items()).isEmpty();
    assertThat(page.isLast()).isTrue();
  }

  @Test
  void shouldVisitEveryCardExactlyOnceWhenPagingThroughSeveralPages() {
    DeckId deck = newDeck();
    List<Card> added = addCards(deck, 25);

    List<Card> listed = success(Pages.all(PageRequest.first(10), page -> cards.list(deck, page)));

    assertThat(listed).containsExactlyInAnyOrderElementsOf(added);
  }

  @Test
  void shouldStreamEveryCardWhenWalkingPagesLazily() {
    DeckId deck = newDeck();
    List<CardId> added = addCards(deck, 25).stream().map(Card::id).toList();

    List<Either<Failure, Card>> walked =
        Pages.stream(PageRequest.first(10), page -> cards.list(deck, page)).toList();

    assertThat(walked).allMatch(Either::isRight);
    assertThat(walked.stream().map(item -> item.get().id()))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(added);
  }

  @Test
  void shouldHoldAtMostThePageSizeWhenListing() {
    DeckId deck = newDeck();
    addCards(deck, 12);

    Page<Card> first = success(cards.list(deck, PageRequest.first(5)));

    assertThat(first.items()).hasSizeBetween(1, 5);
    assertThat(first.isLast()).isFalse();
  }

  @Test
  void shouldListTheSameOrderWhenListedTwice() {
    DeckId deck = newDeck();
    addCards(deck, 7);

    assertThat(all(deck)).containsExactlyElementsOf(all(deck));
  }

  @Test
  void shouldListOnlyTheDecksCardsWhenSeveralDecksHaveCards() {
    DeckId spanish = newDeck();
    DeckId german = newDeck();
    List<Card> spanishCards = addCards(spanish, 3);
    List<Card> germanCards = addCards(german, 2);

    assertThat(all(spanish)).containsExactlyInAnyOrderElementsOf(spanishCards);
    assertThat(all(german)).containsExactlyInAnyOrderElementsOf(germanCards);
  }

  @Test
  void shouldFailWithNotFoundWhenListingAMissingDeck() {
    DeckId missing = missingDeckId();

    failure(cards.list(missing, PageRequest.first(10)), Failure.NotFound.class);
    failure(cards.listDue(missing, FAR_AHEAD, PageRequest.first(10)), Failure.NotFound.class);
  }

  @Test
  void shouldFailWithInvalidCursorWhenTheCursorIsForeign() {
    DeckId deck = newDeck();
    addCards(deck, 2);

    var invalid =
        failure(
            cards.list(deck, PageRequest.after(new Cursor("not-a-cursor-\u2603"), 10)),
            Failure.Invalid.class);

    assertThat(invalid.violations()).anyMatch(violation -> violation.field().equals("cursor"));
  }

  @Test
  void shouldListNewCardsAsDueWhenTheDayIsFarAhead() {
    DeckId deck = newDeck();
    List<Card> added = addCards(deck, 3);

    assertThat(allDue(deck, FAR_AHEAD)).containsExactlyInAnyOrderElementsOf(added);
  }

  @Test
  void shouldListNoCardsAsDueWhenTheDayIsLongPast() {
    DeckId deck = newDeck();
    addCards(deck, 3);

    assertThat(allDue(deck, LONG_AGO)).isEmpty();
  }

  @Test
  void shouldVisitEveryDueCardExactlyOnceWhenPagingThroughDueCards() {
    DeckId deck = newDeck();
    List<Card> added = addCards(deck, 12);

    List<Card> due =
        success(Pages.all(PageRequest.first(5), page -> cards.listDue(deck, FAR_AHEAD, page)));

    assertThat(due).containsExactlyInAnyOrderElementsOf(added);
  }

  @Test
  void shouldFailWithNotFoundWhenGettingAMissingCard() {
    CardId missing = missingCardId();

    failure(cards.get(missing), Failure.NotFound.class);
  }

  @Test
  void shouldChangeOnlyTheContentWhenEdited() {
    Card card = success(cards.add(newDeck(), aCardContent()));
    CardContent newContent = aCardContent();

    Card edited = success(cards.edit(card.id(), newContent));

    assertThat(edited).isEqualTo(card.withContent(newContent));
    assertThat(success(cards.get(card.id()))).isEqualTo(edited);
  }

  @Test
  void shouldFailWithNotFoundWhenEditingAMissingCard() {
    CardId missing = missingCardId();

    failure(cards.edit(missing, aCardContent()), Failure.NotFound.class);
  }

  @Test
  void shouldForgetTheCardWhenDeleted() {
    DeckId deck = newDeck();
    Card kept = success(cards.add(deck, aCardContent()));
    Card deleted = success(cards.add(deck, aCardContent()));

    assertThat(success(cards.delete(deleted.id()))).isEqualTo(Done.DONE);

    failure(cards.get(deleted.id()), Failure.NotFound.class);
    assertThat(all(deck)).containsExactly(kept);
  }

  @Test
  void shouldFailWithNotFoundWhenDeletingTheSameCardTwice() {
    Card card = success(cards.add(newDeck(), aCardContent()));
    success(cards.delete(card.id()));

    failure(cards.delete(card.id()), Failure.NotFound.class);
  }

  @Test
  void shouldForgetTheCardsWhenTheirDeckIsDeleted() {
    DeckId doomed = newDeck();
    DeckId kept = newDeck();
    List<Card> doomedCards = addCards(doomed, 3);
    List<Card> keptCards = addCards(kept, 2);

    success(decks.delete(doomed));

    for (Card card : doomedCards) {
      failure(cards.get(card.id()), Failure.NotFound.class);
    }
    assertThat(all(kept)).containsExactlyInAnyOrderElementsOf(keptCards);
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

  private List<Card> all(DeckId deck) {
    return success(Pages.all(PageRequest.first(), page -> cards.list(deck, page)));
  }

  private List<Card> allDue(DeckId deck, LocalDate day) {
    return success(Pages.all(PageRequest.first(), page -> cards.listDue(deck, day, page)));
  }
}
