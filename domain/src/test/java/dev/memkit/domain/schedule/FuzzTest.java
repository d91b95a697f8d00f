package dev.memkit.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.schedule.FsrsState.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzTest {

  private static final Instant START = Instant.parse("2026-02-01T08:00:00Z");

  @ParameterizedTest
  @CsvSource({"7, 5, 9", "17, 14, 20", "20, 17, 23", "37, 33, 41"})
  void shouldMatchAnkisRangesWhenTheIntervalIsFuzzed(int interval, int min, int max) {
    assertThat(Fuzz.range(interval, 36500)).isEqualTo(new Fuzz.Range(min, max));
  }

  @Test
  void shouldKeepTheLowEndAtTwoAndTheHighEndAtTheMaximumWhenNearTheEdges() {
    assertThat(Fuzz.range(3, 36500)).isEqualTo(new Fuzz.Range(2, 4));
    assertThat(Fuzz.range(100, 101).max()).isEqualTo(101);
    assertThat(Fuzz.applies(2)).isFalse();
    assertThat(Fuzz.applies(3)).isTrue();
  }

  @Test
  void shouldGiveTheSameIntervalWhenTheSameReviewIsRepeatedWithTheSameSeed() {
    FsrsState review = reviewState();
    Instant at = review.due();

    FsrsState one =
        Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withFuzz(42)).review(review, Rating.GOOD, at);
    FsrsState two =
        Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withFuzz(42)).review(review, Rating.GOOD, at);

    assertThat(one).isEqualTo(two);
  }

  @Test
  void shouldDrawEveryValueOfTheRangeAndNothingElseWhenReviewInstantsVary() {
    Fsrs6Scheduler fuzzed = Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withFuzz(42));
    Fsrs6Scheduler exact = Fsrs6Scheduler.create();
    FsrsState review = reviewState();
    Set<Long> seen = new HashSet<>();
    Fuzz.Range range = null;

    for (int minute = 0; minute < 600; minute++) {
      Instant at = review.due().plus(Duration.ofMinutes(minute));
      long plain = days(exact.review(review, Rating.GOOD, at));
      range = Fuzz.range(plain, 36500);
      long drawn = days(fuzzed.review(review, Rating.GOOD, at));
      assertThat(drawn).isBetween((long) range.min(), (long) range.max());
      seen.add(drawn);
    }

    assertThat(seen).hasSize(range.max() - range.min() + 1);
  }

  @Test
  void shouldDifferWhenOnlyTheSeedDiffers() {
    FsrsState review = reviewState();
    Set<Long> seen = new HashSet<>();

    for (long seed = 0; seed < 50; seed++) {
      Fsrs6Scheduler fuzzed = Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withFuzz(seed));
      seen.add(days(fuzzed.review(review, Rating.GOOD, review.due())));
    }

    assertThat(seen).hasSizeGreaterThan(1);
  }

  @Test
  void shouldLeaveLearningStepsAloneWhenFuzzIsOn() {
    Fsrs6Scheduler fuzzed = Fsrs6Scheduler.create(FsrsSettings.DEFAULT.withFuzz(1));

    FsrsState learning = fuzzed.review(new ReviewState.Fresh(START), Rating.GOOD, START);

    assertThat(learning.phase()).isEqualTo(Phase.LEARNING);
    assertThat(learning.due()).isEqualTo(START.plus(Duration.ofMinutes(10)));
  }

  /** A review card whose next Good interval is about a month, wide enough to fuzz. */
  private static FsrsState reviewState() {
    return new FsrsState(Phase.REVIEW, 0, 12.0, 5.0, START, START.plus(Duration.ofDays(12)));
  }

  private static long days(FsrsState state) {
    return Duration.between(state.lastReview(), state.due()).toDays();
  }
}
