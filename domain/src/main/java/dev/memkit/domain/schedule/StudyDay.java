package dev.memkit.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;

/**
 * What "a day" of study means: days begin at {@code rollover} in {@code zone} (MaiMemo counts
 * Beijing days from midnight; the local store uses the user's zone and a configurable hour, 4 AM
 * like Anki by default; reference §6.1 and §8.2).
 *
 * <p>Study day {@code D} runs from {@link #startOf startOf(D)} (inclusive) to {@code startOf(D +
 * 1)} (exclusive), so with a 4 AM rollover 03:59 still belongs to the previous day. Daylight saving
 * time is handled through the zone's rules: when the rollover time does not exist on some day
 * (clocks jump over it), that day starts at the first valid instant after it, the moment of the
 * jump; when it exists twice (clocks go back), the day starts at its first occurrence.
 */
public record StudyDay(ZoneId zone, LocalTime rollover) {

  /** Beijing days from midnight, as MaiMemo counts. */
  public static final StudyDay BEIJING =
      new StudyDay(ZoneId.of("Asia/Shanghai"), LocalTime.MIDNIGHT);

  public StudyDay {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(rollover, "rollover");
  }

  /** Days from midnight in {@code zone}. */
  public static StudyDay of(ZoneId zone) {
    return new StudyDay(zone, LocalTime.MIDNIGHT);
  }

  /** Days from {@code rollover} in {@code zone}, e.g. {@code LocalTime.of(4, 0)} like Anki. */
  public static StudyDay of(ZoneId zone, LocalTime rollover) {
    return new StudyDay(zone, rollover);
  }

  /** The study day {@code instant} belongs to. */
  public LocalDate dayOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    LocalDate day = LocalDate.ofInstant(instant, zone);
    // The calendar date is right unless the instant lies before that date's rollover; the loop
    // (rather than a single step back) also covers zones that skipped a whole calendar day.
    while (instant.isBefore(startOf(day))) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The first instant of study day {@code day}. */
  public Instant startOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    LocalDateTime start = day.atTime(rollover);
    ZoneOffsetTransition transition = zone.getRules().getTransition(start);
    if (transition != null && transition.isGap()) {
      // java.time would shift a time in a gap forward by the gap's length (02:30 -> 03:30);
      // the study day starts at the end of the gap instead, the first instant that exists.
      return transition.getInstant();
    }
    // Outside gaps the earlier offset is used, so in an overlap the first occurrence wins.
    return start.atZone(zone).toInstant();
  }
}
