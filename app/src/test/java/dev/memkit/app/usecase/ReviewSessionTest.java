package dev.memkit.app.usecase;

import static dev.memkit.app.usecase.CardBackends.card;
import static dev.memkit.app.usecase.CardBackends.deck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.InMemoryCardBackend;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewSessionTest {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryCardBackend backend = CardBackends.localLike(clock);

  private ReviewSession start(Option<Deck> deck, int limit) {
    return ReviewSession.start(
            backend.decks(), backend.cards(), backend.reviews(), backend.forecasts(), deck, limit)
        .get();
  }

  @Test
  void shouldQueueTheDueCardsOfTheDeckUpToTheLimitWhenStarted() {
    Deck deck = deck(backend, "Words");
    Deck other = deck(backend, "Other");
    Card first = card(backend, deck, "one");
    Card second = card(backend, deck, "two");
    card(backend, deck, "three");
    card(backend, other, "elsewhere");

    ReviewSession session = start(Option.some(deck), 2);

    assertThat(session.cards()).containsExactly(first, second);
    assertThat(session.today()).isEqualTo(LocalDate.parse("2026-01-05"));
  }

  @Test
  void shouldQueueDueCardsOfEveryDeckWhenNoDeckIsGiven() {
    Deck deck = deck(backend, "Words");
    Deck other = deck(backend, "Other");
    card(backend, deck, "one");
    card(backend, other, "two");

    assertThat(start(Option.none(), 10).cards())
        .extracting(c -> c.content().question())
        .containsExactly("one", "two");
  }

  @Test
  void shouldLeaveOutCardsNotYetDueWhenStarted() {
    Deck deck = deck(backend, "Words");
    Card done = card(backend, deck, "done");
    Card due = card(backend, deck, "due");
    backend.reviews().mark(done.id(), Grade.PERFECT);

    assertThat(start(Option.some(deck), 10).cards()).containsExactly(due);
  }

  @Test
  void shouldSaveEachGradeAtOnceAndTallyItWhenGraded() {
    Deck deck = deck(backend, "Words");
    Card one = card(backend, deck, "one");
    Card two = card(backend, deck, "two");
    card(backend, deck, "three");
    ReviewSession session = start(Option.some(deck), 10);

    LocalDate firstNext = session.grade(one.id(), Grade.PERFECT).get();
    assertThat(backend.history()).hasSize(1);
    clock.advance(Duration.ofSeconds(5));
    LocalDate secondNext = session.grade(two.id(), Grade.BLACKOUT).get();

    ReviewSession.Summary summary = session.summary();
    assertThat(backend.history()).hasSize(2);
    assertThat(summary.reviewed()).isEqualTo(2);
    assertThat(summary.left()).isEqualTo(1);
    assertThat(summary.perGrade())
        .containsEntry(Grade.PERFECT, 1)
        .containsEntry(Grade.BLACKOUT, 1)
        .containsEntry(Grade.CORRECT_WITH_DIFFICULTY, 0)
        .hasSize(6);
    assertThat(summary.nextDue()).contains(firstNext.isBefore(secondNext) ? firstNext : secondNext);
    assertThat(firstNext).isAfter(secondNext);
  }

  @Test
  void shouldTallyNothingWhenTheGradeCannotBeSaved() {
    Deck deck = deck(backend, "Words");
    Card one = card(backend, deck, "one");
    ReviewSession session = start(Option.some(deck), 10);
    backend.cards().delete(one.id());

    assertThat(session.grade(one.id(), Grade.PERFECT).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(session.summary().reviewed()).isZero();
    assertThat(session.summary().nextDue()).isEmpty();
  }

  @Test
  void shouldRefuseTheSessionWhenTheLimitIsBelowOne() {
    assertThat(
            ReviewSession.start(
                    backend.decks(),
                    backend.cards(),
                    backend.reviews(),
                    backend.forecasts(),
                    Option.none(),
                    0)
                .getLeft())
        .isInstanceOf(Failure.Invalid.class)
        .extracting(Failure::message)
        .isEqualTo("invalid input: limit: must be at least 1 (was 0)");
  }
}
