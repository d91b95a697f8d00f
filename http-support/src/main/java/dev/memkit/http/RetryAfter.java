package dev.memkit.http;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): either delta-seconds ({@code 120})
 * or an HTTP-date, in the preferred IMF-fixdate form ({@code Sun, 06 Nov 1994 08:49:37 GMT}) or one
 * of the two obsolete forms recipients must still accept (RFC 850 and asctime). A date is turned
 * into a wait against the injected clock; a date already past means no wait.
 */
public final class RetryAfter {

  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEEE, dd-MMM-")
          // Two-digit years: RFC 9110 reads them as the most recent year with those digits that
          // is not more than 50 years ahead; a fixed base of 1970 is near enough for a header.
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss zzz")
          .toFormatter(Locale.ENGLISH);

  private static final DateTimeFormatter ASCTIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEE MMM ppd HH:mm:ss yyyy")
          .toFormatter(Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC);

  private static final List<DateTimeFormatter> DATES =
      List.of(DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME);

  private RetryAfter() {}

  /** The wait the header asks for, or none when it is neither delta-seconds nor an HTTP-date. */
  public static Option<Duration> parse(String value, Clock clock) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(clock, "clock");
    String text = value.strip();
    if (text.isEmpty()) {
      return Option.none();
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // More digits than a long holds is still "a very long time".
      return Option.some(
          Try.of(() -> Duration.ofSeconds(Long.parseLong(text)))
              .getOrElse(Duration.ofSeconds(Long.MAX_VALUE)));
    }
    for (DateTimeFormatter format : DATES) {
      Option<Instant> at = Try.of(() -> ZonedDateTime.parse(text, format).toInstant()).toOption();
      if (at.isDefined()) {
        Duration wait = Duration.between(clock.instant(), at.get());
        return Option.some(wait.isNegative() ? Duration.ZERO : wait);
      }
    }
    return Option.none();
  }

  /** The first of a response's {@code Retry-After} values that parses, if any. */
  public static Option<Duration> parse(Iterable<String> values, Clock clock) {
    for (String value : values) {
      Option<Duration> wait = parse(value, clock);
      if (wait.isDefined()) {
        return wait;
      }
    }
    return Option.none();
  }
}
