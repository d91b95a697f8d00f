package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;

/** Who may read a note, with the meanings Memos gives them. */
public enum Visibility {
  /** Only its creator. The default for new notes, as in Memos. */
  PRIVATE,
  /** Every signed-in user of the service. */
  PROTECTED,
  /** Anyone, signed in or not. */
  PUBLIC;

  /** A visibility typed by a person, in any case: {@code private}, {@code PUBLIC}, ... */
  public static Validation<Seq<Violation>, Visibility> parse(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT);
    for (Visibility visibility : values()) {
      if (visibility.name().equals(name)) {
        return Validation.valid(visibility);
      }
    }
    return Check.invalid(
        "visibility", "must be one of private, protected, public (was " + text + ")");
  }
}
