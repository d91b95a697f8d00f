package dev.memkit.domain.schedule;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * How well an answer was recalled, 0 to 5, with the meanings SM-2 (and Memjogger's marks) give
 * them.
 */
public enum Grade {
  BLACKOUT(0, "complete blackout"),
  WRONG_BUT_REMEMBERED(1, "wrong, but the answer was remembered once shown"),
  WRONG_BUT_EASY(2, "wrong, but the answer seemed easy once shown"),
  CORRECT_WITH_DIFFICULTY(3, "correct, with serious difficulty"),
  CORRECT_AFTER_HESITATION(4, "correct, after hesitation"),
  PERFECT(5, "perfect recall");

  private final int value;
  private final String meaning;

  Grade(int value, String meaning) {
    this.value = value;
    this.meaning = meaning;
  }

  public int value() {
    return value;
  }

  public String meaning() {
    return meaning;
  }

  /** Grades 3 to 5 are recalls; below 3 the card lapsed. */
  public boolean passed() {
    return value >= 3;
  }

  public static Validation<Seq<Violation>, Grade> of(int value) {
    return Check.range("grade", value, 0, 5).map(v -> values()[v]);
  }
}
