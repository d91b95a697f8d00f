package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Objects;

/**
 * How a word or phrase is written ({@code apple}, {@code carry with}). Kept exactly as given (case
 * and spaces included: {@code china} and {@code China} are different spellings); only a blank
 * spelling is refused. MaiMemo matches spellings without regard to case, see {@link
 * #sameIgnoringCase}.
 */
public record Spelling(String value) {

  public Spelling {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a spelling must not be blank");
    }
  }

  /** The spelling typed by a user, checked. */
  public static Validation<Seq<Violation>, Spelling> of(String value) {
    return new Problems().notBlank("spelling", value).orValid(() -> new Spelling(value));
  }

  /** The key under which MaiMemo finds a spelling: lower case, independent of the locale. */
  public String matchKey() {
    return value.toLowerCase(Locale.ROOT);
  }

  public boolean sameIgnoringCase(Spelling other) {
    return matchKey().equals(other.matchKey());
  }

  @Override
  public String toString() {
    return value;
  }
}
