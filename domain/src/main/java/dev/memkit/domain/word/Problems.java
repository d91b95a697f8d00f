package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/** Collects the violations of several checks so a factory reports all of them at once. */
final class Problems {

  private List<Violation> found = List.empty();

  Problems add(String field, String message) {
    found = found.append(Violation.of(field, message));
    return this;
  }

  Problems check(Validation<? extends Seq<Violation>, ?> validation) {
    if (validation.isInvalid()) {
      found = found.appendAll(validation.getError());
    }
    return this;
  }

  /** Adds a violation when {@code value} is blank. */
  Problems notBlank(String field, String value) {
    return value.isBlank() ? add(field, "must not be blank") : this;
  }

  <T> Validation<Seq<Violation>, T> orValid(Supplier<T> value) {
    return found.isEmpty() ? Validation.valid(value.get()) : Validation.invalid(found);
  }
}
