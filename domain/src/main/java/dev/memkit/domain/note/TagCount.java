package dev.memkit.domain.note;

import java.util.Objects;

/**
 * How many notes carry a tag. A note counts once however often the tag appears in it, and only for
 * the exact tag: a note tagged {@code work/meeting} counts for {@code work/meeting}, not for {@code
 * work}.
 */
public record TagCount(Tag tag, int count) {

  public TagCount {
    Objects.requireNonNull(tag, "tag");
    if (count < 0) {
      throw new IllegalArgumentException("a tag count is never negative: " + count);
    }
  }
}
