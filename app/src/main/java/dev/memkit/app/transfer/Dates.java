package dev.memkit.app.transfer;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The next-due dates of card files: ISO days, read tolerantly. */
final class Dates {

  private Dates() {}

  /**
   * The day {@code text} starts with ({@code 2026-01-05}, also {@code 2026-01-05 09:00:00} or an
   * ISO timestamp); none when it holds no such day. A file's dates are informative only (an import
   * schedules cards as new), so a date memkit cannot read never costs the card.
   */
  static Option<LocalDate> parse(String text) {
    String value = text.strip();
    if (value.length() < 10) {
      return Option.none();
    }
    try {
      return Option.some(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Option.none();
    }
  }
}
