package dev.memkit.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What "a day" of study means: days begin at {@code rollover} in {@code zone} (MaiMemo counts
 * Beijing days from midnight; the local store uses the user's zone and a configurable hour, 4 AM
 * like Anki by default).
 */
public record StudyDay(ZoneId zone, LocalTime rollover) {

  /** Beijing days from midnight, as MaiMemo counts. */
  public static final StudyDay BEIJING =
      new StudyDay(ZoneId.of("Asia/Shanghai"), LocalTime.MIDNIGHT);

  public static StudyDay of(ZoneId zone) {
    return new StudyDay(zone, LocalTime.MIDNIGHT);
  }

  /** The study day {@code instant} belongs to. */
  public LocalDate dayOf(Instant instant) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The first instant of study day {@code day}. */
  public Instant startOf(LocalDate day) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
