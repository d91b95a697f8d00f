package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.port.Reviews;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Reviews} must show. Extend it in a test and implement the factories:
 * each is called once per test, and all must be ports of the same fresh, empty backend.
 *
 * <p>Exact intervals belong to each backend's scheduler, so these tests assert relations only. They
 * grade {@link Grade#PERFECT} where a later day is expected: every scheduler moves a perfectly
 * recalled card to a later day (FSRS's Easy graduates at once), while a merely correct grade may
 * keep a new card in same-day learning steps under FSRS.
 */
public abstract class ReviewsContract {

  private Decks decks;
  private Cards cards;
  private Reviews reviews;

  /** Makes decks; same backend as {@link #reviews()}. */
  protected abstract Decks decks();

  /** Makes the cards to mark; same backend as {@link #reviews()}. */
  protected abstract Cards cards();

  /** The port under test, on a fresh, empty backend. */
  protected abstract Reviews reviews();

  /**
   * The backend's study day now, the day it schedules from (Memjogger: the {@code client_date} the
   * adapter sends).
   */
  protected abstract LocalDate today();

  @BeforeEach
  void setUpPorts() {
    decks = decks();
    cards = cards();
    reviews = reviews();
  }

  /** An id no card has: by default the id of a card added and deleted again. */
  protected CardId missingCardId() {
    Card card = newCard(newDeck());
    success(cards.delete(card.id()));
    return card.id();
  }

  @Test
  void shouldBeDueTodayOrTomorrowWhenTheCardIsNew() {
    Card card = newCard(newDeck());

    assertThat(success(reviews.nextDue(card.id()))).isBetween(today(), today().plusDays(1));
  }

  @Test
  void shouldScheduleALaterDayWhenTheGradeIsPerfect() {
    Card card = newCard(newDeck());

    LocalDate next = success(reviews.mark(card.id(), Grade.PERFECT));

    assertThat(next).isAfter(today());
  }

  @Test
  void shouldReportTheMarkedDayWhenAskedForTheNextDue() {
    Card card = newCard(newDeck());

    LocalDate next = success(reviews.mark(card.id(), Grade.PERFECT));

    assertThat(success(reviews.nextDue(card.id()))).isEqualTo(next);
  }

  @Test
  void shouldNotScheduleFurtherThanAPassWhenTheGradeFails() {
    DeckId deck = newDeck();
    Card passed = newCard(deck);
    Card failed = newCard(deck);

    LocalDate afterPass = success(reviews.mark(passed.id(), Grade.PERFECT));
    LocalDate afterFail = success(reviews.mark(failed.id(), Grade.BLACKOUT));

    assertThat(afterFail).isBetween(today(), afterPass);
  }

  @Test
  void shouldAcceptEveryGradeWhenMarking() {
    DeckId deck = newDeck();

    for (Grade grade : Grade.values()) {
      Card card = newCard(deck);

      LocalDate next = success(reviews.mark(card.id(), grade));

      assertThat(next).as("next due after %s", grade).isAfterOrEqualTo(today());
    }
  }

  @Test
  void shouldListTheCardAsDueFromItsNextDueDayWhenMarked() {
    DeckId deck = newDeck();
    Card card = newCard(deck);

    LocalDate next = success(reviews.mark(card.id(), Grade.PERFECT));

    assertThat(dueIds(deck, next.minusDays(1))).doesNotContain(card.id());
    assertThat(dueIds(deck, next)).contains(card.id());
  }

  @Test
  void shouldLeaveOtherCardsAloneWhenOneIsMarked() {
    DeckId deck = newDeck();
    Card marked = newCard(deck);
    Card other = newCard(deck);
    LocalDate otherDue = success(reviews.nextDue(other.id()));

    success(reviews.mark(marked.id(), Grade.PERFECT));

    assertThat(success(reviews.nextDue(other.id()))).isEqualTo(otherDue);
    assertThat(success(cards.get(other.id()))).isEqualTo(other);
  }

  @Test
  void shouldKeepTheScheduleWhenTheCardIsEdited() {
    Card card = newCard(newDeck());
    LocalDate next = success(reviews.mark(card.id(), Grade.PERFECT));

    success(cards.edit(card.id(), aCardContent()));

    assertThat(success(reviews.nextDue(card.id()))).isEqualTo(next);
  }

  @Test
  void shouldFailWithNotFoundWhenMarkingAMissingCard() {
    CardId missing = missingCardId();

    failure(reviews.mark(missing, Grade.PERFECT), Failure.NotFound.class);
  }

  @Test
  void shouldFailWithNotFoundWhenAskingTheNextDueOfAMissingCard() {
    CardId missing = missingCardId();

    failure(reviews.nextDue(missing), Failure.NotFound.class);
  }

  @Test
  void shouldFailWithNotFoundWhenMarkingACardOfADeletedDeck() {
    DeckId deck = newDeck();
    Card card = newCard(deck);
    success(decks.delete(deck));

    failure(reviews.mark(card.id(), Grade.PERFECT), Failure.NotFound.class);
  }

  private DeckId newDeck() {
    return success(decks.create(aDeckName())).id();
  }

  private Card newCard(DeckId deck) {
    return success(cards.add(deck, aCardContent()));
  }

  private List<CardId> dueIds(DeckId deck, LocalDate day) {
    return success(Pages.all(PageRequest.first(), page -> cards.listDue(deck, day, page))).stream()
        .map(Card::id)
        .toList();
  }
}
