package dev.memkit.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.memkit.domain.schedule.FsrsState.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden tests against py-fsrs 6.3.1 (reference §3.5) and the mechanics of §3.4. */
class Fsrs6SchedulerTest {

  private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
  private static final double TOLERANCE = 1e-4;
  private static final Fsrs6Scheduler FSRS = Fsrs6Scheduler.create();

  @Test
  void shouldMatchPyFsrsVectorOneWhenEachReviewHappensAtItsDue() {
    Rating[] ratings = {
      Rating.GOOD,
      Rating.GOOD,
      Rating.GOOD,
      Rating.GOOD,
      Rating.GOOD,
      Rating.GOOD,
      Rating.AGAIN,
      Rating.AGAIN,
      Rating.GOOD,
      Rating.GOOD,
      Rating.GOOD,
      Rating.GOOD,
      Rating.GOOD
    };
    double[][] expected = { // S, D after each review
      {2.306500, 2.118104}, {2.306500, 2.111214}, {10.971048, 2.104331}, {46.316858, 2.097455},
      {162.999816, 2.090586}, {497.876555, 2.083724}, {6.890413, 7.383202}, {2.154598, 9.125105},
      {2.154598, 9.111208}, {3.983123, 9.097325}, {7.236254, 9.083456}, {12.483044, 9.069601},
      {20.770357, 9.055760}
    };
    Phase[] phases = {
      Phase.LEARNING,
      Phase.REVIEW,
      Phase.REVIEW,
      Phase.REVIEW,
      Phase.REVIEW,
      Phase.REVIEW,
      Phase.RELEARNING,
      Phase.RELEARNING,
      Phase.REVIEW,
      Phase.REVIEW,
      Phase.REVIEW,
      Phase.REVIEW,
      Phase.REVIEW
    };

    List<FsrsState> states = new ArrayList<>();
    ReviewState state = new ReviewState.Fresh(START);
    for (Rating rating : ratings) {
      FsrsState next = FSRS.review(state, rating, state.due());
      states.add(next);
      state = next;
    }

    assertThat(states)
        .extracting(s -> Duration.between(s.lastReview(), s.due()).toDays())
        .containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    assertThat(states).extracting(FsrsState::phase).containsExactly(phases);
    for (int i = 0; i < states.size(); i++) {
      assertThat(states.get(i).stability())
          .as("S after review %d", i + 1)
          .isCloseTo(expected[i][0], within(TOLERANCE));
      assertThat(states.get(i).difficulty())
          .as("D after review %d", i + 1)
          .isCloseTo(expected[i][1], within(TOLERANCE));
    }
    assertThat(states.get(0).step()).isEqualTo(1);
    assertThat(states.get(0).due()).isEqualTo(START.plus(Duration.ofMinutes(10)));
    assertThat(states.get(6).due()).isEqualTo(Instant.parse("2024-11-18T12:50:00Z"));
    assertThat(states.get(12).lastReview()).isEqualTo(Instant.parse("2024-12-13T13:00:00Z"));
  }

  @Test
  void shouldMatchPyFsrsVectorTwoWhenTheClockAdvancesBetweenReviews() {
    Rating[] ratings = {
      Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD
    };
    int[] daysAfterStart = {0, 0, 1, 4, 12, 33};
    double[][] expected = {
      {0.212000, 6.413300}, {0.246689, 6.402115}, {2.021477, 6.390941},
      {7.863699, 6.379779}, {21.917713, 6.368627}, {53.626903, 6.357487}
    };
    Phase[] phases = {
      Phase.LEARNING, Phase.LEARNING, Phase.REVIEW, Phase.REVIEW, Phase.REVIEW, Phase.REVIEW
    };

    ReviewState state = new ReviewState.Fresh(START);
    for (int i = 0; i < ratings.length; i++) {
      FsrsState next =
          FSRS.review(state, ratings[i], START.plus(Duration.ofDays(daysAfterStart[i])));
      assertThat(next.phase()).as("phase after review %d", i + 1).isEqualTo(phases[i]);
      assertThat(next.stability())
          .as("S after review %d", i + 1)
          .isCloseTo(expected[i][0], within(TOLERANCE));
      assertThat(next.difficulty())
          .as("D after review %d", i + 1)
          .isCloseTo(expected[i][1], within(TOLERANCE));
      state = next;
    }

    FsrsState last = (FsrsState) state;
    assertThat(last.stability()).isCloseTo(53.62691, within(TOLERANCE));
    assertThat(last.difficulty()).isCloseTo(6.3574867, within(TOLERANCE));
  }

  @Test
  void shouldMatchVectorTwoWhenFuzzIsOnBecauseFuzzLeavesMemoryAlone() {
    Fsrs6Scheduler fuzzed = Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withFuzz(7));
    Rating[] ratings = {
      Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD
    };
    int[] daysAfterStart = {0, 0, 1, 4, 12, 33};

    ReviewState state = new ReviewState.Fresh(START);
    for (int i = 0; i < ratings.length; i++) {
      state = fuzzed.review(state, ratings[i], START.plus(Duration.ofDays(daysAfterStart[i])));
    }

    assertThat(((FsrsState) state).stability()).isCloseTo(53.62691, within(TOLERANCE));
    assertThat(((FsrsState) state).difficulty()).isCloseTo(6.3574867, within(TOLERANCE));
  }

  @Test
  void shouldReachDifficultyOneExactlyWhenEasyIsRepeatedAtTheSameMoment() {
    ReviewState state = new ReviewState.Fresh(START);
    for (int i = 0; i < 10; i++) {
      state = FSRS.review(state, Rating.EASY, START.plusNanos(1000L * i));
      assertThat(((FsrsState) state).difficulty()).isEqualTo(1.0);
    }
  }

  @Test
  void shouldMapGradesThroughTheGradeMappingWhenReviewingByGrade() {
    Fsrs6Scheduler lenient =
        Fsrs6Scheduler.create(
            FsrsSettings.DEFAULT,
            GradeMapping.standard().with(Grade.CORRECT_WITH_DIFFICULTY, Rating.GOOD));
    ReviewState fresh = new ReviewState.Fresh(START);

    assertThat(FSRS.review(fresh, Grade.CORRECT_WITH_DIFFICULTY, START))
        .isEqualTo(FSRS.review(fresh, Rating.HARD, START));
    assertThat(FSRS.review(fresh, Grade.WRONG_BUT_EASY, START))
        .isEqualTo(FSRS.review(fresh, Rating.AGAIN, START));
    assertThat(FSRS.review(fresh, Grade.PERFECT, START))
        .isEqualTo(FSRS.review(fresh, Rating.EASY, START));
    assertThat(lenient.review(fresh, Grade.CORRECT_WITH_DIFFICULTY, START))
        .isEqualTo(FSRS.review(fresh, Rating.GOOD, START));
  }

  @Test
  void shouldWaitBetweenTheFirstTwoStepsWhenHardOnTheFirstLearningStep() {
    FsrsState first = FSRS.review(new ReviewState.Fresh(START), Rating.HARD, START);

    assertThat(first.phase()).isEqualTo(Phase.LEARNING);
    assertThat(first.step()).isZero();
    assertThat(first.due()).isEqualTo(START.plus(Duration.ofSeconds(330)));
  }

  @Test
  void shouldWaitOneAndAHalfStepsWhenHardOnTheOnlyRelearningStep() {
    FsrsState review = FSRS.review(new ReviewState.Fresh(START), Rating.EASY, START);
    Instant lapse = review.due();
    FsrsState relearning = FSRS.review(review, Rating.AGAIN, lapse);

    FsrsState hard = FSRS.review(relearning, Rating.HARD, relearning.due());

    assertThat(relearning.phase()).isEqualTo(Phase.RELEARNING);
    assertThat(hard.phase()).isEqualTo(Phase.RELEARNING);
    assertThat(hard.due()).isEqualTo(relearning.due().plus(Duration.ofMinutes(15)));
  }

  @Test
  void shouldGraduateAtOnceWhenThereAreNoLearningSteps() {
    Fsrs6Scheduler noSteps =
        Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withLearningSteps(List.of()));

    FsrsState state = noSteps.review(new ReviewState.Fresh(START), Rating.AGAIN, START);

    assertThat(state.phase()).isEqualTo(Phase.REVIEW);
    assertThat(state.due()).isEqualTo(START.plus(Duration.ofDays(1)));
  }

  @Test
  void shouldGiveALongerIntervalWhenDesiredRetentionIsLower() {
    Fsrs6Scheduler relaxed = Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withDesiredRetention(0.8));
    ReviewState fresh = new ReviewState.Fresh(START);

    long strict = days(FSRS.review(fresh, Rating.EASY, START));
    long loose = days(relaxed.review(fresh, Rating.EASY, START));

    assertThat(strict).isEqualTo(8);
    assertThat(loose).isGreaterThan(strict);
    assertThat(relaxed.intervalDays(100)).isGreaterThan(FSRS.intervalDays(100));
  }

  @Test
  void shouldRoundTiesToEvenAndClampWhenComputingIntervals() {
    assertThat(FSRS.intervalDays(2.5)).isEqualTo(2);
    assertThat(FSRS.intervalDays(3.5)).isEqualTo(4);
    assertThat(FSRS.intervalDays(4.5)).isEqualTo(4);
    assertThat(FSRS.intervalDays(0.01)).isEqualTo(1);
    assertThat(FSRS.intervalDays(1e9)).isEqualTo(36500);
    assertThat(Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withMaximumInterval(30)).intervalDays(45))
        .isEqualTo(30);
  }

  @Test
  void shouldCountWholeDaysOnlyWhenMeasuringElapsedTime() {
    Instant from = Instant.parse("2026-03-28T23:30:00Z");

    assertThat(Fsrs6Scheduler.elapsedDays(from, from.plus(Duration.ofHours(23)))).isZero();
    assertThat(Fsrs6Scheduler.elapsedDays(from, from.plus(Duration.ofHours(24)))).isEqualTo(1);
    assertThat(Fsrs6Scheduler.elapsedDays(from, from.plus(Duration.ofHours(47)))).isEqualTo(1);
    assertThat(Fsrs6Scheduler.elapsedDays(from, from.minusSeconds(1))).isEqualTo(-1);
  }

  @Test
  void shouldUseTheShortTermFormulaWhenReviewedAgainWithinADay() {
    FsrsState review = FSRS.review(new ReviewState.Fresh(START), Rating.EASY, START);
    double s = review.stability();
    double w17 = 0.5425;
    double w18 = 0.0912;
    double w19 = 0.0658;

    FsrsState again = FSRS.review(review, Rating.GOOD, START.plus(Duration.ofHours(23)));

    double expected = s * Math.max(Math.exp(w17 * w18) * Math.pow(s, -w19), 1.0);
    assertThat(again.stability()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void shouldReportRetrievabilityNinetyPercentWhenStabilityDaysHavePassed() {
    FsrsState review =
        new FsrsState(Phase.REVIEW, 0, 10.0, 5.0, START, START.plus(Duration.ofDays(10)));

    assertThat(FSRS.retrievability(review, START.plus(Duration.ofDays(10))))
        .isCloseTo(0.9, within(1e-12));
    // Whole days only: 10 days and 23 hours still count as 10.
    assertThat(FSRS.retrievability(review, START.plus(Duration.ofHours(263))))
        .isCloseTo(0.9, within(1e-12));
    assertThat(FSRS.retrievability(review, START.plus(Duration.ofDays(30))))
        .isCloseTo(0.8093881, within(1e-6));
    assertThat(FSRS.retrievability(review, START)).isEqualTo(1.0);
    assertThat(FSRS.retrievability(new ReviewState.Fresh(START), START)).isZero();
  }

  @Test
  void shouldStartAsNewWhenTheStateCameFromSm2() {
    Sm2State sm2 =
        new Sm2State(3, new java.math.BigDecimal("2.50"), 15, START.minusSeconds(86_400), START);

    assertThat(FSRS.review(sm2, Rating.GOOD, START))
        .isEqualTo(FSRS.review(new ReviewState.Fresh(START), Rating.GOOD, START));
  }

  @Test
  void shouldNameItselfFsrs6WhenAsked() {
    assertThat(FSRS.name()).isEqualTo("fsrs6");
  }

  private static long days(FsrsState state) {
    return Duration.between(state.lastReview(), state.due()).toDays();
  }
}
