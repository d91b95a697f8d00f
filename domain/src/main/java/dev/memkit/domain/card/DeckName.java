package dev.memkit.domain.card;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The name of a deck: not blank and at most {@value #MAX_LENGTH} characters (code points), the
 * limit Memjogger puts on card set names. Names are unique within a backend, compared exactly.
 */
public record DeckName(String value) {

  /** Memjogger: "name should be between 1 and 25 characters long". */
  public static final int MAX_LENGTH = 25;

  static final String FIELD = "name";

  /**
   * Throws {@link IllegalArgumentException} for a name breaking the rules; use {@link #of} for
   * input.
   */
  public DeckName {
    Objects.requireNonNull(value, "value");
    Validation<Seq<Violation>, String> checked = check(value);
    if (checked.isInvalid()) {
      throw new IllegalArgumentException("invalid deck name: " + checked.getError().mkString("; "));
    }
  }

  /** The name, or every rule it breaks under the field {@code name}. */
  public static Validation<Seq<Violation>, DeckName> of(String value) {
    return check(value).map(DeckName::new);
  }

  private static Validation<Seq<Violation>, String> check(String value) {
    return Check.text(FIELD, value, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
