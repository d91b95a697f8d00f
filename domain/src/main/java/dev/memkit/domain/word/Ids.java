package dev.memkit.domain.word;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/** The one rule every identifier shares: an opaque, non-blank string. */
final class Ids {

  private Ids() {}

  static String require(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static Validation<Seq<Violation>, String> check(String field, String value) {
    return value.isBlank() ? Check.invalid(field, "must not be blank") : Validation.valid(value);
  }
}
