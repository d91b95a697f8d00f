package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.port.Reviews;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Forecasts} must show. Extend it in a test and implement the factories:
 * each is called once per test, and all must be ports of the same fresh, empty backend. Days are
 * checked against what {@link Reviews#nextDue} says, never against a scheduler's exact intervals.
 */
public abstract class ForecastContract {

  private Decks decks;
  private Cards cards;
  private Reviews reviews;
  private Forecasts forecasts;

  /** Makes decks; same backend as {@link #forecasts()}. */
  protected abstract Decks decks();

  /** Makes cards; same backend as {@link #forecasts()}. */
  protected abstract Cards cards();

  /** Marks cards and tells their next due; same backend as {@link #forecasts()}. */
  protected abstract Reviews reviews();

  /** The port under test, on a fresh, empty backend. */
  protected abstract Forecasts forecasts();

  @BeforeEach
  void setUpPorts() {
    decks = decks();
    cards = cards();
    reviews = reviews();
    forecasts = forecasts();
  }

  /** An id no deck has: by default the id of a deck created and deleted again. */
  protected DeckId missingDeckId() {
    DeckId id = newDeck();
    success(decks.delete(id));
    return id;
  }

  @Test
  void shouldHoldOneZeroEntryPerDayWhenThereAreNoCards() {
    DueForecast forecast = success(forecasts.forecast(Option.none(), 7));

    assertThat(forecast.overdue()).isZero();
    assertThat(forecast.days()).hasSize(7).allSatisfy((day, count) -> assertThat(count).isZero());
    assertThat(forecast.days().firstKey()).isEqualTo(forecast.today());
    assertThat(forecast.days().lastKey()).isEqualTo(forecast.today().plusDays(6));
  }

  @Test
  void shouldCountANewCardOnItsDueDayWhenAdded() {
    DeckId deck = newDeck();
    Card card = newCard(deck);
    LocalDate due = success(reviews.nextDue(card.id()));

    DueForecast forecast = success(forecasts.forecast(Option.some(deck), 7));

    // Due at once (the local store) or on the next study day (Memjogger's documented example).
    assertThat(due).isBetween(forecast.today(), forecast.today().plusDays(1));
    assertThat(forecast.days()).containsEntry(due, 1);
    assertThat(forecast.total()).isEqualTo(1);
    assertThat(forecast.overdue()).isZero();
  }

  @Test
  void shouldMoveTheCardToItsNextDueDayWhenMarked() {
    DeckId deck = newDeck();
    Card card = newCard(deck);

    LocalDate after = success(reviews.mark(card.id(), Grade.PERFECT));
    LocalDate today = success(forecasts.forecast(Option.some(deck), 1)).today();
    int range = (int) ChronoUnit.DAYS.between(today, after) + 1;
    DueForecast forecast = success(forecasts.forecast(Option.some(deck), range));

    assertThat(after).isAfter(today);
    assertThat(forecast.days()).containsEntry(today, 0).containsEntry(after, 1);
    assertThat(forecast.total()).isEqualTo(1);
  }

  @Test
  void shouldLeaveOutCardsDueAfterTheRangeWhenTheRangeIsShort() {
    DeckId deck = newDeck();
    Card card = newCard(deck);
    LocalDate after = success(reviews.mark(card.id(), Grade.PERFECT));
    LocalDate today = success(forecasts.forecast(Option.some(deck), 1)).today();
    int daysBeforeDue = (int) ChronoUnit.DAYS.between(today, after);

    DueForecast forecast = success(forecasts.forecast(Option.some(deck), daysBeforeDue));

    assertThat(forecast.total()).isZero();
  }

  @Test
  void shouldCountOnlyTheDecksCardsWhenADeckIsGiven() {
    DeckId spanish = newDeck();
    DeckId german = newDeck();
    addCards(spanish, 2);
    addCards(german, 3);

    assertThat(success(forecasts.forecast(Option.some(spanish), 7)).total()).isEqualTo(2);
    assertThat(success(forecasts.forecast(Option.some(german), 7)).total()).isEqualTo(3);
    assertThat(success(forecasts.forecast(Option.none(), 7)).total()).isEqualTo(5);
  }

  @Test
  void shouldStopCountingCardsWhenTheyAreDeleted() {
    DeckId deck = newDeck();
    List<Card> added = addCards(deck, 3);

    success(cards.delete(added.get(0).id()));

    assertThat(success(forecasts.forecast(Option.none(), 7)).total()).isEqualTo(2);
  }

  @Test
  void shouldFailWithNotFoundWhenTheDeckIsMissing() {
    DeckId missing = missingDeckId();

    failure(forecasts.forecast(Option.some(missing), 7), Failure.NotFound.class);
  }

  @Test
  void shouldFailWithInvalidDaysWhenTheRangeIsNotPositive() {
    for (int days : new int[] {0, -1}) {
      var invalid = failure(forecasts.forecast(Option.none(), days), Failure.Invalid.class);

      assertThat(invalid.violations()).anyMatch(violation -> violation.field().equals("days"));
    }
  }

  @Test
  void shouldFailWithInvalidDaysWhenTheRangeIsTooLong() {
    var invalid =
        failure(forecasts.forecast(Option.none(), Forecasts.MAX_DAYS + 1), Failure.Invalid.class);

    assertThat(invalid.violations()).anyMatch(violation -> violation.field().equals("days"));
  }

  @Test
  void shouldAcceptTheLongestRangeWhenAsked() {
    DueForecast forecast = success(forecasts.forecast(Option.none(), Forecasts.MAX_DAYS));

    assertThat(forecast.days()).hasSize(Forecasts.MAX_DAYS);
  }

  private DeckId newDeck() {
    return success(decks.create(aDeckName())).id();
  }

  private Card newCard(DeckId deck) {
    return success(cards.add(deck, aCardContent()));
  }

  private List<Card> addCards(DeckId deck, int count) {
    List<Card> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add(newCard(deck));
    }
    return added;
  }
}
