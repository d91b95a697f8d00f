package dev.memkit.app.usecase;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;

/** The failures use cases raise themselves, before any backend is asked. */
final class Problems {

  /** Failures memkit finds in the input, not a backend. */
  static final Origin ORIGIN = Origin.local("memkit");

  private Problems() {}

  static <T> Either<Failure, T> invalid(Validation<Seq<Violation>, T> checked) {
    return checked.toEither().mapLeft(violations -> new Failure.Invalid(ORIGIN, violations));
  }

  static <T> Either<Failure, T> invalid(String field, String message) {
    return invalid(Check.<T>invalid(field, message));
  }

  /** {@code value} when it is at least 1, else {@code Invalid} naming {@code field}. */
  static Either<Failure, Integer> positive(String field, int value) {
    return value >= 1
        ? Either.right(value)
        : invalid(field, "must be at least 1 (was " + value + ")");
  }

  static Failure notFound(String what) {
    return new Failure.NotFound(ORIGIN, what);
  }
}
