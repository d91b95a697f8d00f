package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.ReviewHistory;
import dev.memkit.port.Reviews;
import dev.memkit.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReviewHistory} must show. Extend it in a test and implement the
 * factories: each is called once per test, and all must be ports of the same fresh, empty backend
 * whose time comes from {@link #clock()}.
 */
public abstract class ReviewHistoryContract {

  private Decks decks;
  private Cards cards;
  private Reviews reviews;
  private ReviewHistory history;
  private MutableClock clock;

  /** Makes decks; same backend as {@link #reviewHistory()}. */
  protected abstract Decks decks();

  /** Makes and reads cards; same backend as {@link #reviewHistory()}. */
  protected abstract Cards cards();

  /** Marks cards; same backend as {@link #reviewHistory()}. */
  protected abstract Reviews reviews();

  /** The port under test, on a fresh, empty backend. */
  protected abstract ReviewHistory reviewHistory();

  /** The clock the backend reads; the tests move it forward between reviews. */
  protected abstract MutableClock clock();

  @BeforeEach
  void setUpPorts() {
    decks = decks();
    cards = cards();
    reviews = reviews();
    history = reviewHistory();
    clock = clock();
  }

  /** An id no card has: by default the id of a card added and deleted again. */
  protected CardId missingCardId() {
    Card card = newCard(newDeck());
    success(cards.delete(card.id()));
    return card.id();
  }

  @Test
  void shouldBeEmptyWhenTheCardWasNeverReviewed() {
    Card card = newCard(newDeck());

    assertThat(success(history.history(card.id()))).isEmpty();
  }

  @Test
  void shouldRecordTheGradeTimeAndStatesWhenMarked() {
    Card card = newCard(newDeck());
    Instant at = clock.instant();

    LocalDate next = success(reviews.mark(card.id(), Grade.PERFECT));

    List<Review> reviewed = success(history.history(card.id()));
    assertThat(reviewed).hasSize(1);
    Review review = reviewed.get(0);
    assertThat(review.card()).isEqualTo(card.id());
    assertThat(review.grade()).isEqualTo(Grade.PERFECT);
    assertThat(review.at()).isEqualTo(at);
    assertThat(review.before()).isEqualTo(card.state());
    assertThat(review.after()).isEqualTo(success(cards.get(card.id())).state());
    assertThat(success(reviews.nextDue(card.id()))).isEqualTo(next);
  }

  @Test
  void shouldListReviewsOldestFirstWhenMarkedSeveralTimes() {
    Card card = newCard(newDeck());
    List<Grade> grades =
        List.of(Grade.CORRECT_WITH_DIFFICULTY, Grade.BLACKOUT, Grade.PERFECT, Grade.PERFECT);
    List<Duration> gaps =
        List.of(Duration.ZERO, Duration.ofHours(30), Duration.ofDays(2), Duration.ofDays(9));
    Instant[] times = new Instant[grades.size()];

    for (int i = 0; i < grades.size(); i++) {
      clock.advance(gaps.get(i));
      times[i] = clock.instant();
      success(reviews.mark(card.id(), grades.get(i)));
    }

    List<Review> reviewed = success(history.history(card.id()));
    assertThat(reviewed).extracting(Review::grade).containsExactlyElementsOf(grades);
    assertThat(reviewed).extracting(Review::at).containsExactly(times);
  }

  @Test
  void shouldChainStatesBeforeAndAfterWhenMarkedSeveralTimes() {
    Card card = newCard(newDeck());
    for (Grade grade :
        List.of(Grade.PERFECT, Grade.WRONG_BUT_EASY, Grade.CORRECT_AFTER_HESITATION)) {
      success(reviews.mark(card.id(), grade));
      clock.advance(Duration.ofDays(3));
    }

    List<Review> reviewed = success(history.history(card.id()));

    assertThat(reviewed).hasSize(3);
    assertThat(reviewed.get(0).before()).isEqualTo(card.state());
    for (int i = 1; i < reviewed.size(); i++) {
      assertThat(reviewed.get(i).before()).isEqualTo(reviewed.get(i - 1).after());
    }
    assertThat(reviewed.get(2).after()).isEqualTo(success(cards.get(card.id())).state());
  }

  @Test
  void shouldKeepEachCardsHistoryApartWhenSeveralCardsAreReviewed() {
    DeckId deck = newDeck();
    Card first = newCard(deck);
    Card second = newCard(deck);
    Card untouched = newCard(deck);

    success(reviews.mark(first.id(), Grade.PERFECT));
    success(reviews.mark(second.id(), Grade.BLACKOUT));
    success(reviews.mark(first.id(), Grade.CORRECT_AFTER_HESITATION));

    assertThat(success(history.history(first.id())))
        .extracting(Review::grade)
        .containsExactly(Grade.PERFECT, Grade.CORRECT_AFTER_HESITATION);
    assertThat(success(history.history(second.id())))
        .extracting(Review::grade)
        .containsExactly(Grade.BLACKOUT);
    assertThat(success(history.history(untouched.id()))).isEmpty();
    assertThat(success(history.history(first.id())))
        .extracting(Review::card)
        .containsOnly(first.id());
  }

  @Test
  void shouldKeepTheHistoryWhenTheCardIsEdited() {
    Card card = newCard(newDeck());
    success(reviews.mark(card.id(), Grade.PERFECT));
    List<Review> before = success(history.history(card.id()));

    success(cards.edit(card.id(), aCardContent()));

    assertThat(success(history.history(card.id()))).isEqualTo(before);
  }

  @Test
  void shouldFailWithNotFoundWhenTheCardIsMissing() {
    CardId missing = missingCardId();

    failure(history.history(missing), Failure.NotFound.class);
  }

  @Test
  void shouldFailWithNotFoundWhenTheReviewedCardWasDeleted() {
    Card card = newCard(newDeck());
    success(reviews.mark(card.id(), Grade.PERFECT));

    success(cards.delete(card.id()));

    failure(history.history(card.id()), Failure.NotFound.class);
  }

  private DeckId newDeck() {
    return success(decks.create(aDeckName())).id();
  }

  private Card newCard(DeckId deck) {
    return success(cards.add(deck, aCardContent()));
  }
}
