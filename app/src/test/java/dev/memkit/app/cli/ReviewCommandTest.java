package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.cli.FakeBackends.Run;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.Fsrs6Scheduler;
import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.Sm2Scheduler;
import dev.memkit.domain.schedule.Sm2State;
import dev.memkit.domain.schedule.StudyDay;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReviewCommandTest {

  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

  private final FakeBackends backends = new FakeBackends();
  private final Deck deck = backends.cards.decks().create(new DeckName("Words")).get();

  private Card card(String question) {
    return backends
        .cards
        .cards()
        .add(deck.id(), new CardContent(question, "answer " + question))
        .get();
  }

  @Test
  void shouldGradeEachCardAsFsrs6SaysWhenKeysArePiped() {
    Card one = card("one");
    Card two = card("two");
    backends.terminal.input(" 4\n5q");

    Run run = backends.run("review", "--deck", "Words");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("2 cards to review.")
        .contains("[1/2] card 1", "Q: one", "A: answer one")
        .contains("   0  complete blackout", "   5  perfect recall")
        .contains("Reviewed 2 cards.");
    assertThat(backends.cards.history())
        .extracting(Review::card, Review::grade)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(one.id(), Grade.CORRECT_AFTER_HESITATION),
            org.assertj.core.groups.Tuple.tuple(two.id(), Grade.PERFECT));
    // The saved state is exactly what FSRS-6 computes for a new card graded at this moment.
    ReviewState expected =
        Fsrs6Scheduler.create()
            .review(new ReviewState.Fresh(NOW), Grade.CORRECT_AFTER_HESITATION, NOW);
    ReviewState saved = backends.cards.cards().get(one.id()).get().state();
    assertThat(saved).isInstanceOf(FsrsState.class).isEqualTo(expected);
    assertThat(run.out())
        .contains(
            "next due " + StudyDay.of(ZoneOffset.UTC, LocalTime.of(4, 0)).dayOf(expected.due()));
  }

  @Test
  void shouldScheduleAsSm2SaysWhenTheDeckUsesSm2() {
    backends.cards.deckSchedulers().use(deck.id(), SchedulerKind.SM2);
    Card one = card("one");
    backends.terminal.input(" 5");

    Run run = backends.run("review");

    StudyDay studyDay = StudyDay.of(ZoneOffset.UTC, LocalTime.of(4, 0));
    ReviewState expected =
        Sm2Scheduler.create(studyDay).review(new ReviewState.Fresh(NOW), Grade.PERFECT, NOW);
    assertThat(run.code()).isZero();
    assertThat(backends.cards.cards().get(one.id()).get().state())
        .isInstanceOf(Sm2State.class)
        .isEqualTo(expected);
    assertThat(run.out()).contains("next due 2026-01-06 (tomorrow)");
  }

  @Test
  void shouldKeepEarlierAnswersWhenQuitWithQ() {
    Card one = card("one");
    card("two");
    card("three");
    backends.terminal.input(" 3 q");

    Run run = backends.run("review");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Stopped; every grade given is saved.")
        .contains("Reviewed 1 card (2 left for later).")
        .containsPattern("3  correct, with serious difficulty\\s+1");
    assertThat(backends.cards.history()).extracting(Review::card).containsExactly(one.id());
  }

  @Test
  void shouldQuitCleanlyWhenCtrlCArrivesAsAKey() {
    card("one");
    card("two");
    backends.terminal.input(" 2" + (char) KeyInput.CTRL_C);

    Run run = backends.run("review");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Stopped;", "Reviewed 1 card");
    assertThat(backends.cards.history()).hasSize(1);
  }

  @Test
  void shouldStopWithTheSummaryWhenTheInputEnds() {
    card("one");
    backends.terminal.input(" ");

    Run run = backends.run("review");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Reviewed 0 cards (1 left for later).");
    assertThat(backends.cards.history()).isEmpty();
  }

  @Test
  void shouldIgnoreOtherKeysWhenWaitingForARevealOrAGrade() {
    card("one");
    backends.terminal.input("x7 9z\r8 5");

    Run run = backends.run("review");

    assertThat(backends.cards.history()).extracting(Review::grade).containsExactly(Grade.PERFECT);
    assertThat(run.out()).contains("Reviewed 1 card.");
  }

  @Test
  void shouldSayNothingIsDueWhenNoCardIs() {
    Run run = backends.run("review");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Nothing to review: no card is due today.");
  }

  @Test
  void shouldReviewAtMostTheLimitWhenOneIsGiven() {
    card("one");
    card("two");
    backends.terminal.input(" 5 5");

    Run run = backends.run("review", "--limit", "1");

    assertThat(run.out()).contains("1 card to review.");
    assertThat(backends.cards.history()).hasSize(1);
  }

  @Test
  void shouldExitWithInvalidWhenTheLimitIsBelowOne() {
    assertThat(backends.run("review", "--limit", "0").code()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void shouldGradeWithoutPromptingWhenGradesAreGiven() {
    Card one = card("one");
    Card two = card("two");

    Run run = backends.run("review", "--grade", one.id() + "=5", "--grade", two.id() + "=1");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "card 1: grade 5, next due "
                + backends.cards.reviews().nextDue(one.id()).get()
                + "\ncard 2: grade 1, next due "
                + backends.cards.reviews().nextDue(two.id()).get()
                + "\n");
    assertThat(backends.cards.history())
        .extracting(Review::grade)
        .containsExactly(Grade.PERFECT, Grade.WRONG_BUT_REMEMBERED);
  }

  @Test
  void shouldPrintGradesAsJsonWhenAskedForJson() {
    Card one = card("one");

    Run run = backends.run("review", "--grade", one.id() + "=4", "--json");

    assertThat(run.out().strip())
        .isEqualTo(
            "[{\"card\":\"1\",\"grade\":4,\"nextDue\":\""
                + backends.cards.reviews().nextDue(one.id()).get()
                + "\"}]");
  }

  @Test
  void shouldSaveNoGradeWhenAnyIsMalformedOrUnknown() {
    Card one = card("one");

    Run malformed = backends.run("review", "--grade", one.id() + "=5", "--grade", "2=9");
    Run unknown = backends.run("review", "--grade", one.id() + "=5", "--grade", "99=1");

    assertThat(malformed.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(malformed.err())
        .isEqualTo(
            "memkit: invalid input: --grade 2=9: grade must be a number from 0 to 5 (was 9)\n");
    assertThat(unknown.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err()).isEqualTo("memkit: card 99 not found\n");
    assertThat(backends.cards.history()).isEmpty();
  }

  @Test
  void shouldExitWithUnsupportedWhenTheBackendCannotReview() {
    assertThat(backends.run("review", "-b", "memos").code()).isEqualTo(ExitCodes.UNSUPPORTED);
  }
}
