package dev.memkit.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many reviews fall due on each day from {@code today} on, plus {@code overdue}: everything due
 * before today (Memjogger's {@code exam_count} with its {@code old} key has exactly this shape;
 * reference §6.3). {@code days} holds one entry per day of the range, zero counts included, and is
 * an unmodifiable sorted copy.
 *
 * <p>This is the cheap "next due only" forecast, the one Anki's Future Due graph draws (§6.1): each
 * card counts once, on the day it is next due; repeat reviews within the range and new cards are
 * not simulated. Unlike Anki's graph the backlog is not hidden but counted in {@code overdue}.
 */
public record DueForecast(LocalDate today, int overdue, SortedMap<LocalDate, Integer> days) {

  public DueForecast {
    Objects.requireNonNull(today, "today");
    if (overdue < 0) {
      throw new IllegalArgumentException("overdue must not be negative: " + overdue);
    }
    TreeMap<LocalDate, Integer> copy = new TreeMap<>();
    for (Map.Entry<LocalDate, Integer> day : days.entrySet()) {
      LocalDate date = Objects.requireNonNull(day.getKey(), "day");
      int count = Objects.requireNonNull(day.getValue(), "count");
      if (count < 0) {
        throw new IllegalArgumentException("count of " + date + " must not be negative: " + count);
      }
      copy.put(date, count);
    }
    days = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Counts {@code dues} by study day over {@code range} days starting with the day of {@code now}.
   * Dues on days before today are counted in {@link #overdue()}; dues after the range are ignored.
   *
   * @throws IllegalArgumentException if {@code range} is below 1
   */
  public static DueForecast of(Iterable<Instant> dues, StudyDay studyDay, Instant now, int range) {
    Objects.requireNonNull(dues, "dues");
    Objects.requireNonNull(studyDay, "studyDay");
    Objects.requireNonNull(now, "now");
    if (range < 1) {
      throw new IllegalArgumentException("range must be at least 1 day: " + range);
    }
    LocalDate today = studyDay.dayOf(now);
    int overdue = 0;
    int[] counts = new int[range];
    for (Instant due : dues) {
      long offset = ChronoUnit.DAYS.between(today, studyDay.dayOf(due));
      if (offset < 0) {
        overdue++;
      } else if (offset < range) {
        counts[(int) offset]++;
      }
    }
    TreeMap<LocalDate, Integer> days = new TreeMap<>();
    for (int i = 0; i < range; i++) {
      days.put(today.plusDays(i), counts[i]);
    }
    return new DueForecast(today, overdue, days);
  }

  /** Reviews due today, not counting the overdue ones. */
  public int dueToday() {
    return days.getOrDefault(today, 0);
  }

  /** Every review this forecast counts: the overdue ones plus those due within the range. */
  public int total() {
    int total = overdue;
    for (int count : days.values()) {
      total += count;
    }
    return total;
  }
}
