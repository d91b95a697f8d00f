package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Where the word sits in an example sentence: the half-open range {@code [start, end)} of character
 * offsets (UTF-16 units, as {@link String#substring(int, int)} takes them). Computed by the
 * service, never sent by the user.
 */
public record HighlightRange(int start, int end) {

  public HighlightRange {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a highlight needs 0 <= start < end, was [" + start + ", " + end + ")");
    }
  }

  /** A range read from outside (a service's answer), checked. */
  public static Validation<Seq<Violation>, HighlightRange> of(int start, int end) {
    Problems problems = new Problems();
    if (start < 0) {
      problems.add("start", "must not be negative (was " + start + ")");
    }
    if (end <= start) {
      problems.add("end", "must be greater than start " + start + " (was " + end + ")");
    }
    return problems.orValid(() -> new HighlightRange(start, end));
  }

  public int length() {
    return end - start;
  }

  /** The highlighted part of {@code sentence}, clipped to its length. */
  public String in(String sentence) {
    int from = Math.min(start, sentence.length());
    return sentence.substring(from, Math.min(end, sentence.length()));
  }
}
