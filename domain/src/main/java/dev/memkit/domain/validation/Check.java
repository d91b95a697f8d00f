package dev.memkit.domain.validation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Field checks shared by the domain's value factories. Each returns a {@link Validation} carrying
 * every violation found, so a caller can combine several with {@link Validation#combine} and report
 * all problems at once.
 */
public final class Check {

  private Check() {}

  /** The text itself when it is not blank and at most {@code max} characters long (code points). */
  public static Validation<Seq<Violation>, String> text(String field, String value, int max) {
    if (value.isBlank()) {
      return invalid(field, "must not be blank");
    }
    return length(field, value, 1, max);
  }

  /** The text itself when its length in code points is between {@code min} and {@code max}. */
  public static Validation<Seq<Violation>, String> length(
      String field, String value, int min, int max) {
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      String range =
          min == max ? "exactly " + min : (min <= 1 ? "at most " + max : min + " to " + max);
      return invalid(field, "must be " + range + " characters long (was " + length + ")");
    }
    return Validation.valid(value);
  }

  /** The number itself when it is between {@code min} and {@code max}, both inclusive. */
  public static Validation<Seq<Violation>, Integer> range(
      String field, int value, int min, int max) {
    if (value < min || value > max) {
      return invalid(field, "must be between " + min + " and " + max + " (was " + value + ")");
    }
    return Validation.valid(value);
  }

  public static <T> Validation<Seq<Violation>, T> invalid(String field, String message) {
    return Validation.invalid(List.of(Violation.of(field, message)));
  }
}
