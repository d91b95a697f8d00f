package dev.memkit.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * How many reviews fall due on each day from {@code today} on, plus {@code overdue}: everything due
 * before today (Memjogger's {@code exam_count} with its {@code old} key has exactly this shape).
 * {@code days} holds one entry per day of the range, zero counts included.
 */
public record DueForecast(LocalDate today, int overdue, SortedMap<LocalDate, Integer> days) {

  /**
   * Counts {@code dues} by study day over {@code range} days starting with the day of {@code now}.
   */
  public static DueForecast of(Iterable<Instant> dues, StudyDay studyDay, Instant now, int range) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
