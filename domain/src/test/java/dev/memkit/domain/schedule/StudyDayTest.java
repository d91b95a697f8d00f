package dev.memkit.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StudyDayTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void shouldCountBeijingDaysWhenUtcIsStillOnThePreviousDate() {
    assertThat(StudyDay.BEIJING.dayOf(Instant.parse("2026-09-19T16:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 9, 20));
    assertThat(StudyDay.BEIJING.dayOf(Instant.parse("2026-09-19T15:59:59.999Z")))
        .isEqualTo(LocalDate.of(2026, 9, 19));
    assertThat(StudyDay.BEIJING.startOf(LocalDate.of(2026, 9, 20)))
        .isEqualTo(Instant.parse("2026-09-19T16:00:00Z"));
  }

  @Test
  void shouldKeepEarlyMorningOnThePreviousDayWhenTheRolloverIsFourAm() {
    StudyDay anki = StudyDay.of(ZoneId.of("UTC"), LocalTime.of(4, 0));

    assertThat(anki.dayOf(Instant.parse("2026-01-15T03:59:59Z")))
        .isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(anki.dayOf(Instant.parse("2026-01-15T04:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(anki.dayOf(Instant.parse("2026-01-15T23:59:59Z")))
        .isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(anki.startOf(LocalDate.of(2026, 1, 15)))
        .isEqualTo(Instant.parse("2026-01-15T04:00:00Z"));
  }

  @Test
  void shouldMakeTheSpringForwardDayShorterWhenTheRolloverIsMidnight() {
    StudyDay berlin = StudyDay.of(BERLIN);

    Instant start = berlin.startOf(LocalDate.of(2026, 3, 29));
    Instant next = berlin.startOf(LocalDate.of(2026, 3, 30));

    assertThat(start).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
    assertThat(Duration.between(start, next)).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void shouldStartAtTheEndOfTheGapWhenTheRolloverDoesNotExistThatDay() {
    // On 2026-03-29 Berlin jumps from 02:00 CET to 03:00 CEST (01:00Z): 02:30 does not exist.
    StudyDay berlin = StudyDay.of(BERLIN, LocalTime.of(2, 30));

    assertThat(berlin.startOf(LocalDate.of(2026, 3, 29)))
        .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    assertThat(berlin.dayOf(Instant.parse("2026-03-29T00:59:59Z")))
        .isEqualTo(LocalDate.of(2026, 3, 28));
    assertThat(berlin.dayOf(Instant.parse("2026-03-29T01:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 3, 29));
    assertThat(berlin.startOf(LocalDate.of(2026, 3, 30)))
        .isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
  }

  @Test
  void shouldStartAtTheFirstOccurrenceWhenTheRolloverHappensTwiceThatDay() {
    // On 2026-10-25 Berlin goes back from 03:00 CEST to 02:00 CET (01:00Z): 02:30 happens twice.
    StudyDay berlin = StudyDay.of(BERLIN, LocalTime.of(2, 30));

    assertThat(berlin.startOf(LocalDate.of(2026, 10, 25)))
        .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(berlin.dayOf(Instant.parse("2026-10-25T00:29:59Z")))
        .isEqualTo(LocalDate.of(2026, 10, 24));
    // The second 02:30 (CET) is an hour into the new study day.
    assertThat(berlin.dayOf(Instant.parse("2026-10-25T01:30:00Z")))
        .isEqualTo(LocalDate.of(2026, 10, 25));
    assertThat(
            Duration.between(
                berlin.startOf(LocalDate.of(2026, 10, 25)),
                berlin.startOf(LocalDate.of(2026, 10, 26))))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void shouldPlaceEveryInstantWithinItsDayWhenWalkingAYearOfDstChanges() {
    StudyDay berlin = StudyDay.of(BERLIN, LocalTime.of(2, 30));
    Instant from = Instant.parse("2026-01-01T00:00:00Z");

    for (int quarter = 0; quarter < 4 * 24 * 365; quarter++) {
      Instant instant = from.plus(Duration.ofMinutes(15L * quarter));
      LocalDate day = berlin.dayOf(instant);

      assertThat(berlin.startOf(day)).isBeforeOrEqualTo(instant);
      assertThat(berlin.startOf(day.plusDays(1))).isAfter(instant);
    }
  }

  @Test
  void shouldReturnTheDayItselfWhenAskingForTheDayOfItsStart() {
    StudyDay anki = StudyDay.of(ZoneId.of("America/New_York"), LocalTime.of(4, 0));
    LocalDate day = LocalDate.of(2026, 11, 1);

    assertThat(anki.dayOf(anki.startOf(day))).isEqualTo(day);
    assertThat(anki.dayOf(anki.startOf(day).minusNanos(1))).isEqualTo(day.minusDays(1));
  }
}
