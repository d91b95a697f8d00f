package dev.memkit.domain.word;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A definition of a word the user wrote (MaiMemo's interpretation), as the backend stores it.
 * MaiMemo's built-in dictionary definitions are not available through its API and never appear
 * here.
 */
public record CustomDefinition(
    DefinitionId id,
    VocId vocId,
    String text,
    List<DefinitionTag> tags,
    PublicationStatus status,
    Instant created,
    Instant updated) {

  public CustomDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vocId, "vocId");
    Objects.requireNonNull(text, "text");
    tags = List.copyOf(tags);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
  }

  /** The draft that would write this definition again, e.g. to edit one field. */
  public DefinitionDraft draft() {
    return new DefinitionDraft(text, tags, status);
  }
}
