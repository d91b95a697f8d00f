package dev.memkit.domain.schedule;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Locale;

/** The schedulers a deck can use; the name is what users type ({@code --scheduler sm2}). */
public enum SchedulerKind {
  FSRS6("fsrs6"),
  SM2("sm2");

  private final String label;

  SchedulerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Validation<Seq<Violation>, SchedulerKind> of(String label) {
    String wanted = label.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> kind.label.equals(wanted))
        .findFirst()
        .<Validation<Seq<Violation>, SchedulerKind>>map(Validation::valid)
        .orElseGet(() -> Check.invalid("scheduler", "must be fsrs6 or sm2 (was " + label + ")"));
  }
}
