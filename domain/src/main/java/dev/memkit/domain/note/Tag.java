package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A tag, written {@code #value} in a note's text. Tags nest with {@code /}: {@code work/meeting} is
 * a child of {@code work}. Tags are case-sensitive, as in Memos ({@code Work} and {@code work} are
 * two tags).
 *
 * <p>Rules: not empty, at most {@value #MAX_LENGTH} characters (Memos' limit), no whitespace, no
 * control characters, no {@code #}, and no empty segment (no leading, trailing or doubled {@code
 * /}). The rules are deliberately looser than what {@link Tags#extract} recognises in text, so that
 * any tag a server reports can be represented.
 */
public record Tag(String value) implements Comparable<Tag> {

  /** Memos stops reading a tag after 100 characters ({@code MaxTagLength}). */
  public static final int MAX_LENGTH = 100;

  public Tag {
    Objects.requireNonNull(value, "value");
    Seq<Violation> problems = problems("tag", value);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("not a tag: " + problems.mkString("; "));
    }
  }

  /** The tag written {@code value} (without the {@code #}), or every rule it breaks. */
  public static Validation<Seq<Violation>, Tag> of(String value) {
    return of("tag", value);
  }

  /** As {@link #of(String)}, naming the field in violations ({@code "tags[2]"}, say). */
  public static Validation<Seq<Violation>, Tag> of(String field, String value) {
    Seq<Violation> problems = problems(field, value);
    return problems.isEmpty() ? Validation.valid(new Tag(value)) : Validation.invalid(problems);
  }

  /** The parts between the slashes: {@code [work, meeting]} for {@code work/meeting}. */
  public java.util.List<String> segments() {
    return java.util.List.of(value.split("/"));
  }

  /** The enclosing tag ({@code work} for {@code work/meeting}), none for a top-level tag. */
  public Option<Tag> parent() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? Option.none() : Option.some(new Tag(value.substring(0, slash)));
  }

  /** Whether this is {@code ancestor} itself or nested anywhere below it. */
  public boolean isWithin(Tag ancestor) {
    return value.equals(ancestor.value) || value.startsWith(ancestor.value + "/");
  }

  @Override
  public int compareTo(Tag other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static Seq<Violation> problems(String field, String value) {
    if (value.isEmpty()) {
      return List.of(Violation.of(field, "must not be empty"));
    }
    List<Violation> problems = List.empty();
    if (value.codePoints().anyMatch(Character::isWhitespace)) {
      problems = problems.append(Violation.of(field, "must not contain whitespace"));
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      problems = problems.append(Violation.of(field, "must not contain control characters"));
    }
    if (value.indexOf('#') >= 0) {
      problems =
          problems.append(Violation.of(field, "must not contain '#' (write work, not #work)"));
    }
    if (value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
      problems =
          problems.append(
              Violation.of(
                  field, "must not have an empty segment (a leading, trailing or double /)"));
    }
    Validation<Seq<Violation>, String> length = Check.length(field, value, 1, MAX_LENGTH);
    return length.isInvalid() ? problems.appendAll(length.getError()) : problems;
  }
}
