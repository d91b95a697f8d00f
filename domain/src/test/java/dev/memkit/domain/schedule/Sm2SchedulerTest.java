package dev.memkit.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sm2SchedulerTest {

  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final Sm2Scheduler SM2 = Sm2Scheduler.create(StudyDay.of(ZoneId.of("UTC")));

  @Test
  void shouldGrowByTwoAndAHalfWhenEveryGradeIsFour() {
    List<Sm2State> states = reviewEachAtItsDue(4, 4, 4, 4, 4);

    assertThat(intervals(states)).containsExactly(1, 6, 15, 38, 95);
    assertThat(easiness(states)).containsExactly("2.50", "2.50", "2.50", "2.50", "2.50");
  }

  @Test
  void shouldGiveOneHundredFiftyNotOneHundredFiftyOneWhenEveryGradeIsFive() {
    List<Sm2State> states = reviewEachAtItsDue(5, 5, 5, 5, 5);

    assertThat(intervals(states)).containsExactly(1, 6, 17, 50, 150);
    assertThat(easiness(states)).containsExactly("2.60", "2.70", "2.80", "2.90", "3.00");
    BigDecimal last = states.get(4).easiness();
    assertThat(last).isEqualTo(new BigDecimal("3.00"));
    assertThat(last.compareTo(new BigDecimal("3"))).isZero();
  }

  @Test
  void shouldUseTheUpdatedEasinessWhenEveryGradeIsThree() {
    List<Sm2State> states = reviewEachAtItsDue(3, 3, 3, 3, 3);

    assertThat(intervals(states)).containsExactly(1, 6, 13, 26, 47);
    assertThat(easiness(states)).containsExactly("2.36", "2.22", "2.08", "1.94", "1.80");
  }

  @Test
  void shouldRestartRepetitionsAndKeepEasinessWhenAGradeIsBelowThree() {
    List<Sm2State> states = reviewEachAtItsDue(5, 5, 2, 4, 4, 4);

    assertThat(intervals(states)).containsExactly(1, 6, 1, 1, 6, 17);
    assertThat(easiness(states)).containsExactly("2.60", "2.70", "2.70", "2.70", "2.70", "2.70");
    assertThat(states).extracting(Sm2State::repetitions).containsExactly(1, 2, 0, 1, 2, 3);
  }

  @Test
  void shouldStopAtOnePointThreeWhenGradesKeepLoweringTheEasiness() {
    List<Sm2State> states = reviewEachAtItsDue(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);

    assertThat(easiness(states))
        .startsWith("2.36", "2.22", "2.08", "1.94", "1.80", "1.66", "1.52", "1.38", "1.30")
        .endsWith("1.30", "1.30", "1.30");
  }

  @Test
  void shouldKeepEasinessWhenManyBlackoutsFollowEachOther() {
    List<Sm2State> states = reviewEachAtItsDue(4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    assertThat(states.get(states.size() - 1).easiness()).isEqualTo(new BigDecimal("2.50"));
    assertThat(states.get(states.size() - 1).intervalDays()).isEqualTo(1);
    assertThat(states.get(states.size() - 1).repetitions()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    "2.50, 5, 2.60",
    "2.50, 4, 2.50",
    "2.50, 3, 2.36",
    "2.50, 2, 2.18",
    "2.50, 1, 1.96",
    "2.50, 0, 1.70",
    "1.50, 0, 1.30",
    "1.30, 1, 1.30",
    "1.30, 5, 1.40"
  })
  void shouldChangeEasinessByThePublishedFormulaWhenGraded(
      String easiness, int grade, String expected) {
    BigDecimal next = Sm2Scheduler.nextEasiness(new BigDecimal(easiness), Grade.of(grade).get());

    assertThat(next).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void shouldBeDueAtTheStartOfTheStudyDayWhenTheRolloverIsNotMidnight() {
    Sm2Scheduler berlin =
        Sm2Scheduler.create(StudyDay.of(ZoneId.of("Europe/Berlin"), LocalTime.of(4, 0)));
    // 03:30 CEST on 10 May still belongs to the study day of 9 May.
    Instant at = Instant.parse("2026-05-10T01:30:00Z");

    Sm2State first = berlin.review(new ReviewState.Fresh(at), Grade.PERFECT, at);
    Sm2State second = berlin.review(first, Grade.PERFECT, first.due());

    assertThat(first.due()).isEqualTo(Instant.parse("2026-05-10T02:00:00Z"));
    assertThat(first.lastReview()).isEqualTo(at);
    assertThat(second.due()).isEqualTo(Instant.parse("2026-05-16T02:00:00Z"));
  }

  @Test
  void shouldStartFromScratchWhenTheStateCameFromFsrs() {
    FsrsState fsrs =
        new FsrsState(FsrsState.Phase.REVIEW, 0, 40.0, 5.0, START.minusSeconds(86_400), START);

    Sm2State state = SM2.review(fsrs, Grade.CORRECT_AFTER_HESITATION, START);

    assertThat(state.repetitions()).isEqualTo(1);
    assertThat(state.intervalDays()).isEqualTo(1);
    assertThat(state.easiness()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void shouldNameItselfSm2WhenAsked() {
    assertThat(SM2.name()).isEqualTo("sm2");
  }

  @Test
  void shouldReturnTheSameStateWhenTheSameReviewIsRepeated() {
    Sm2State before = SM2.review(new ReviewState.Fresh(START), Grade.PERFECT, START);

    assertThat(SM2.review(before, Grade.CORRECT_WITH_DIFFICULTY, before.due()))
        .isEqualTo(SM2.review(before, Grade.CORRECT_WITH_DIFFICULTY, before.due()));
  }

  private static List<Sm2State> reviewEachAtItsDue(int... grades) {
    List<Sm2State> states = new ArrayList<>();
    ReviewState state = new ReviewState.Fresh(START);
    Instant at = START;
    for (int grade : grades) {
      Sm2State next = SM2.review(state, Grade.of(grade).get(), at);
      states.add(next);
      state = next;
      at = next.due();
    }
    return states;
  }

  private static List<Integer> intervals(List<Sm2State> states) {
    return states.stream().map(Sm2State::intervalDays).toList();
  }

  private static List<String> easiness(List<Sm2State> states) {
    return states.stream().map(s -> s.easiness().toPlainString()).toList();
  }
}
