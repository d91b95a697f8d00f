package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.Sm2State;
import dev.memkit.port.Cards;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link DeckSchedulers} must show. Extend it in a test and implement the
 * factories: each is called once per test, and all must be ports of the same fresh, empty backend.
 * Backends offering this port schedule with memkit's own schedulers, so a card's state after a mark
 * shows which one ran: an {@link Sm2State} or an {@link FsrsState}.
 */
public abstract class DeckSchedulersContract {

  private Decks decks;
  private Cards cards;
  private Reviews reviews;
  private DeckSchedulers schedulers;

  /** Makes decks; same backend as {@link #deckSchedulers()}. */
  protected abstract Decks decks();

  /** Makes and reads cards; same backend as {@link #deckSchedulers()}. */
  protected abstract Cards cards();

  /** Marks cards; same backend as {@link #deckSchedulers()}. */
  protected abstract Reviews reviews();

  /** The port under test, on a fresh, empty backend. */
  protected abstract DeckSchedulers deckSchedulers();

  /** The kind this backend gives new decks ({@link SchedulerKind#FSRS6} for the local store). */
  protected abstract SchedulerKind defaultKind();

  @BeforeEach
  void setUpPorts() {
    decks = decks();
    cards = cards();
    reviews = reviews();
    schedulers = deckSchedulers();
  }

  /** An id no deck has: by default the id of a deck created and deleted again. */
  protected DeckId missingDeckId() {
    DeckId id = newDeck();
    success(decks.delete(id));
    return id;
  }

  @Test
  void shouldUseTheDefaultWhenTheDeckIsNew() {
    assertThat(success(schedulers.scheduler(newDeck()))).isEqualTo(defaultKind());
  }

  @Test
  void shouldReportTheChosenKindWhenSwitched() {
    DeckId deck = newDeck();

    for (SchedulerKind kind : SchedulerKind.values()) {
      assertThat(success(schedulers.use(deck, kind))).isEqualTo(Done.DONE);

      assertThat(success(schedulers.scheduler(deck))).isEqualTo(kind);
    }
  }

  @Test
  void shouldKeepTheKindWhenTheSameKindIsChosenTwice() {
    DeckId deck = newDeck();

    success(schedulers.use(deck, SchedulerKind.SM2));
    success(schedulers.use(deck, SchedulerKind.SM2));

    assertThat(success(schedulers.scheduler(deck))).isEqualTo(SchedulerKind.SM2);
  }

  @Test
  void shouldLeaveOtherDecksAloneWhenOneIsSwitched() {
    DeckId switched = newDeck();
    DeckId other = newDeck();
    SchedulerKind notDefault = otherThan(defaultKind());

    success(schedulers.use(switched, notDefault));

    assertThat(success(schedulers.scheduler(switched))).isEqualTo(notDefault);
    assertThat(success(schedulers.scheduler(other))).isEqualTo(defaultKind());
  }

  @Test
  void shouldScheduleWithSm2WhenTheDeckUsesSm2() {
    DeckId deck = newDeck();
    success(schedulers.use(deck, SchedulerKind.SM2));
    Card card = success(cards.add(deck, aCardContent()));

    success(reviews.mark(card.id(), Grade.PERFECT));

    assertThat(success(cards.get(card.id())).state()).isInstanceOf(Sm2State.class);
  }

  @Test
  void shouldScheduleWithFsrsWhenTheDeckUsesFsrs() {
    DeckId deck = newDeck();
    success(schedulers.use(deck, SchedulerKind.FSRS6));
    Card card = success(cards.add(deck, aCardContent()));

    success(reviews.mark(card.id(), Grade.PERFECT));

    assertThat(success(cards.get(card.id())).state()).isInstanceOf(FsrsState.class);
  }

  @Test
  void shouldScheduleWithTheDefaultWhenTheDeckWasNeverSwitched() {
    Card card = success(cards.add(newDeck(), aCardContent()));

    success(reviews.mark(card.id(), Grade.PERFECT));

    ReviewState state = success(cards.get(card.id())).state();
    assertThat(state)
        .isInstanceOf(defaultKind() == SchedulerKind.SM2 ? Sm2State.class : FsrsState.class);
  }

  @Test
  void shouldKeepTheReachedStateUntilTheNextReviewWhenSwitched() {
    DeckId deck = newDeck();
    success(schedulers.use(deck, SchedulerKind.SM2));
    Card card = success(cards.add(deck, aCardContent()));
    success(reviews.mark(card.id(), Grade.PERFECT));
    ReviewState reached = success(cards.get(card.id())).state();

    success(schedulers.use(deck, SchedulerKind.FSRS6));

    assertThat(success(cards.get(card.id())).state()).isEqualTo(reached);
    success(reviews.mark(card.id(), Grade.PERFECT));
    assertThat(success(cards.get(card.id())).state()).isInstanceOf(FsrsState.class);
  }

  @Test
  void shouldFailWithNotFoundWhenTheDeckIsMissing() {
    DeckId missing = missingDeckId();

    failure(schedulers.scheduler(missing), Failure.NotFound.class);
    failure(schedulers.use(missing, SchedulerKind.SM2), Failure.NotFound.class);
  }

  private DeckId newDeck() {
    return success(decks.create(aDeckName())).id();
  }

  private static SchedulerKind otherThan(SchedulerKind kind) {
    return kind == SchedulerKind.SM2 ? SchedulerKind.FSRS6 : SchedulerKind.SM2;
  }
}
