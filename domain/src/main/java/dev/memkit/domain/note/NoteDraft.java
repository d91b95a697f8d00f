package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A note to be created: its markdown {@code content}, who may read it, and whether it is pinned.
 * Tags are not part of a draft: the backend finds them in the content ({@link Tags#extract}).
 *
 * <p>Content must not be blank and may be at most {@value #MAX_CONTENT_BYTES} bytes of UTF-8:
 * Memos' default {@code contentLengthLimit} ({@code store.DefaultContentLengthLimit = 8 * 1024};
 * the v0.30 API documents the setting's unit as bytes). A Memos server configured with a lower
 * limit answers {@code Invalid} itself.
 */
public record NoteDraft(String content, Visibility visibility, boolean pinned) {

  /** Memos' default content length limit, in bytes of UTF-8. */
  public static final int MAX_CONTENT_BYTES = 8 * 1024;

  public NoteDraft {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(visibility, "visibility");
    Validation<Seq<Violation>, String> checked = checkContent(content);
    if (checked.isInvalid()) {
      throw new IllegalArgumentException(checked.getError().mkString("; "));
    }
  }

  /** A draft, or every rule it breaks. */
  public static Validation<Seq<Violation>, NoteDraft> of(
      String content, Visibility visibility, boolean pinned) {
    return checkContent(content).map(valid -> new NoteDraft(valid, visibility, pinned));
  }

  /** A private, unpinned draft, as Memos creates by default. */
  public static Validation<Seq<Violation>, NoteDraft> of(String content) {
    return of(content, Visibility.PRIVATE, false);
  }

  /** The rules for note content, shared with {@link NoteChange}. */
  static Validation<Seq<Violation>, String> checkContent(String content) {
    if (content.isBlank()) {
      return Check.invalid("content", "must not be blank");
    }
    int bytes = content.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_CONTENT_BYTES) {
      return Check.invalid(
          "content",
          "must be at most " + MAX_CONTENT_BYTES + " bytes of UTF-8 (was " + bytes + ")");
    }
    return Validation.valid(content);
  }
}
