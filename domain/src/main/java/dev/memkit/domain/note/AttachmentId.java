package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Identifies an attachment within one backend. Opaque: Memos uses the last segment of the resource
 * name ({@code attachments/{uid}}), the local store its own keys; never parse it.
 */
public record AttachmentId(String value) {

  public AttachmentId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an attachment id is never blank");
    }
  }

  /** An attachment id typed by a person (on the command line, say). */
  public static Validation<Seq<Violation>, AttachmentId> parse(String value) {
    return Check.text("id", value.strip(), 256).map(AttachmentId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
