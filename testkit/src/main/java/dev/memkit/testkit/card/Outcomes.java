package dev.memkit.testkit.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.memkit.port.Failure;
import io.vavr.control.Either;

/** Assertions on port results shared by the card contracts. */
final class Outcomes {

  private Outcomes() {}

  /** The success value; fails the test, naming the failure, if there is none. */
  static <T> T success(Either<Failure, T> result) {
    if (result.isLeft()) {
      return fail("expected success but got " + result.getLeft());
    }
    return result.get();
  }

  /** The failure, asserted to be of {@code type}. */
  static <F extends Failure> F failure(Either<Failure, ?> result, Class<F> type) {
    assertThat(result.isLeft()).as("expected %s but got %s", type.getSimpleName(), result).isTrue();
    assertThat(result.getLeft()).isInstanceOf(type);
    return type.cast(result.getLeft());
  }
}
