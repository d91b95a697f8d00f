package dev.memkit.testkit.note;

import static org.assertj.core.api.Assertions.fail;

import dev.memkit.port.Failure;
import io.vavr.control.Either;

/** Unwraps port results in contract tests, failing the test with the other side's content. */
final class Outcomes {

  private Outcomes() {}

  static <T> T success(Either<Failure, T> result) {
    if (result.isLeft()) {
      return fail("expected success, got " + result.getLeft() + ": " + result.getLeft().message());
    }
    return result.get();
  }

  static Failure failure(Either<Failure, ?> result) {
    if (result.isRight()) {
      return fail("expected a failure, got " + result.get());
    }
    return result.getLeft();
  }
}
