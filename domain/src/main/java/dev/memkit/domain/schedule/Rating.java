package dev.memkit.domain.schedule;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The four answer buttons of FSRS and Anki (reference §3.1): Again is the only failure; Hard, Good
 * and Easy are recalls of decreasing effort. {@link GradeMapping} turns 0–5 {@link Grade}s into
 * ratings.
 */
public enum Rating {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4);

  private final int value;

  Rating(int value) {
    this.value = value;
  }

  /** 1 for Again to 4 for Easy, the number FSRS's formulas use. */
  public int value() {
    return value;
  }

  public static Validation<Seq<Violation>, Rating> of(int value) {
    return Check.range("rating", value, 1, 4).map(v -> values()[v - 1]);
  }
}
