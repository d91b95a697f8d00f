package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Identifies a note within one backend. Opaque: Memos uses the last segment of the resource name
 * ({@code memos/{uid}}), the local store its own keys; never parse it.
 */
public record NoteId(String value) {

  public NoteId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a note id is never blank");
    }
  }

  /** A note id typed by a person (on the command line, say). */
  public static Validation<Seq<Violation>, NoteId> parse(String value) {
    return Check.text("id", value.strip(), 256).map(NoteId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
