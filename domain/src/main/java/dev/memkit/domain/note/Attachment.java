package dev.memkit.domain.note;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A file stored by a backend: its name, media type and size in bytes, when it was uploaded, and the
 * note it belongs to, if any. The bytes themselves are fetched separately.
 */
public record Attachment(
    AttachmentId id,
    String fileName,
    String mediaType,
    long size,
    Option<NoteId> note,
    Instant created) {

  public Attachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(created, "created");
    if (size < 0) {
      throw new IllegalArgumentException("an attachment's size is never negative: " + size);
    }
  }

  /** This attachment moved to {@code note}, or detached when it is none. */
  public Attachment withNote(Option<NoteId> note) {
    return new Attachment(id, fileName, mediaType, size, note, created);
  }
}
