package dev.memkit.app.config;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The local store's settings: where its file is ({@code MEMKIT_DB}, default {@code
 * ~/.memkit/memkit.db}; the {@code --db} option overrides both), the zone study days are counted in
 * ({@code MEMKIT_ZONE}, default the system's) and the hour a new study day starts ({@code
 * MEMKIT_DAY_STARTS_AT}, 0 to 23, default 4 as in Anki, so a review at 1 AM still counts for the
 * evening before).
 */
public record LocalSettings(Path database, ZoneId zone, LocalTime dayStartsAt) {

  public static final String DATABASE = "MEMKIT_DB";
  public static final String ZONE = "MEMKIT_ZONE";
  public static final String DAY_STARTS_AT = "MEMKIT_DAY_STARTS_AT";

  static Validation<Seq<Violation>, LocalSettings> from(
      Environment environment, Path home, ZoneId systemZone) {
    Path database =
        environment
            .variable(DATABASE)
            .map(value -> Path.of(value.strip()))
            .getOrElse(() -> home.resolve(".memkit").resolve("memkit.db"));
    Seq<Violation> problems = List.empty();
    ZoneId zone = systemZone;
    Option<String> zoneName = environment.variable(ZONE);
    if (zoneName.isDefined()) {
      try {
        zone = ZoneId.of(zoneName.get().strip());
      } catch (DateTimeException e) {
        problems = problems.append(Violation.of(ZONE, "is not a time zone such as Europe/Berlin"));
      }
    }
    LocalTime dayStartsAt = LocalTime.of(4, 0);
    Option<String> hour = environment.variable(DAY_STARTS_AT);
    if (hour.isDefined()) {
      Option<Integer> parsed = parseHour(hour.get());
      if (parsed.isEmpty()) {
        problems = problems.append(Violation.of(DAY_STARTS_AT, "must be an hour from 0 to 23"));
      } else {
        dayStartsAt = LocalTime.of(parsed.get(), 0);
      }
    }
    return problems.isEmpty()
        ? Validation.valid(new LocalSettings(database, zone, dayStartsAt))
        : Validation.invalid(problems);
  }

  public LocalSettings withDatabase(Path database) {
    return new LocalSettings(database, zone, dayStartsAt);
  }

  private static Option<Integer> parseHour(String text) {
    try {
      int hour = Integer.parseInt(text.strip());
      return hour >= 0 && hour <= 23 ? Option.some(hour) : Option.none();
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }
}
