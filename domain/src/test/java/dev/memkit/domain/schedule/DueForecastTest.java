package dev.memkit.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DueForecastTest {

  private static final StudyDay ANKI = StudyDay.of(ZoneId.of("UTC"), LocalTime.of(4, 0));
  private static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");

  @Test
  void shouldCountDuesPerStudyDayWithZerosWhenSomeDaysAreEmpty() {
    List<Instant> dues =
        List.of(
            Instant.parse("2026-05-10T05:00:00Z"),
            Instant.parse("2026-05-11T03:59:00Z"), // still 10 May with a 4 AM rollover
            Instant.parse("2026-05-12T04:00:00Z"),
            Instant.parse("2026-05-12T20:00:00Z"));

    DueForecast forecast = DueForecast.of(dues, ANKI, NOW, 4);

    assertThat(forecast.today()).isEqualTo(LocalDate.of(2026, 5, 10));
    assertThat(forecast.overdue()).isZero();
    assertThat(forecast.days())
        .containsExactly(
            entry(2026, 5, 10, 2),
            entry(2026, 5, 11, 0),
            entry(2026, 5, 12, 2),
            entry(2026, 5, 13, 0));
    assertThat(forecast.dueToday()).isEqualTo(2);
    assertThat(forecast.total()).isEqualTo(4);
  }

  @Test
  void shouldCountOverdueAndIgnoreLaterDuesWhenOutsideTheRange() {
    List<Instant> dues =
        List.of(
            Instant.parse("2026-05-10T03:00:00Z"), // study day 9 May: overdue
            Instant.parse("2026-04-01T10:00:00Z"), // overdue
            Instant.parse("2026-05-10T04:00:00Z"), // today
            Instant.parse("2026-05-11T04:00:00Z"), // day after the range
            Instant.parse("2027-01-01T00:00:00Z")); // far beyond

    DueForecast forecast = DueForecast.of(dues, ANKI, NOW, 1);

    assertThat(forecast.overdue()).isEqualTo(2);
    assertThat(forecast.days()).containsExactly(entry(2026, 5, 10, 1));
    assertThat(forecast.total()).isEqualTo(3);
  }

  @Test
  void shouldUseTheStudyDayOfNowWhenNowIsBeforeTheRollover() {
    Instant earlyMorning = Instant.parse("2026-05-10T02:00:00Z");

    DueForecast forecast =
        DueForecast.of(List.of(Instant.parse("2026-05-09T23:00:00Z")), ANKI, earlyMorning, 2);

    assertThat(forecast.today()).isEqualTo(LocalDate.of(2026, 5, 9));
    assertThat(forecast.days()).containsExactly(entry(2026, 5, 9, 1), entry(2026, 5, 10, 0));
  }

  @Test
  void shouldGiveOnlyZerosWhenThereAreNoDues() {
    DueForecast forecast = DueForecast.of(List.of(), StudyDay.BEIJING, NOW, 30);

    assertThat(forecast.days()).hasSize(30).allSatisfy((day, count) -> assertThat(count).isZero());
    assertThat(forecast.days().firstKey()).isEqualTo(LocalDate.of(2026, 5, 10));
    assertThat(forecast.days().lastKey()).isEqualTo(LocalDate.of(2026, 6, 8));
    assertThat(forecast.total()).isZero();
  }

  @Test
  void shouldRejectTheRangeWhenItIsBelowOneDay() {
    assertThatThrownBy(() -> DueForecast.of(List.of(), ANKI, NOW, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range");
  }

  @Test
  void shouldRefuseChangesWhenTheDaysAreModified() {
    DueForecast forecast = DueForecast.of(List.of(NOW), ANKI, NOW, 2);

    assertThatThrownBy(() -> forecast.days().put(LocalDate.of(2030, 1, 1), 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldKeepItsOwnCopyWhenTheCallersMapChangesLater() {
    TreeMap<LocalDate, Integer> days = new TreeMap<>();
    days.put(LocalDate.of(2026, 5, 10), 3);
    DueForecast forecast = new DueForecast(LocalDate.of(2026, 5, 10), 1, days);

    days.put(LocalDate.of(2026, 5, 11), 7);

    assertThat(forecast.days()).containsExactly(entry(2026, 5, 10, 3));
    assertThat(forecast).isEqualTo(new DueForecast(LocalDate.of(2026, 5, 10), 1, forecast.days()));
  }

  private static Map.Entry<LocalDate, Integer> entry(int year, int month, int day, int count) {
    return Map.entry(LocalDate.of(year, month, day), count);
  }
}
