package dev.memkit.domain.word;

import dev.memkit.domain.schedule.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * MaiMemo counts study days in Beijing time from midnight (UTC+8, no daylight saving), and sends
 * study dates as Beijing midnights written in UTC ({@code 2026-09-19T16:00:00.000Z} is the day
 * 2026-09-20). Never take the first ten characters of such a timestamp; convert with {@link #of}.
 * The same day as {@link StudyDay#BEIJING}, named for the word code that needs it.
 */
public final class BeijingDay {

  public static final ZoneId ZONE = StudyDay.BEIJING.zone();

  private BeijingDay() {}

  /** The Beijing day {@code instant} falls on. */
  public static LocalDate of(Instant instant) {
    return StudyDay.BEIJING.dayOf(instant);
  }

  /** The first instant of Beijing day {@code day}. */
  public static Instant start(LocalDate day) {
    return StudyDay.BEIJING.startOf(day);
  }
}
