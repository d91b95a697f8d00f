package dev.memkit.domain.note;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A note as a backend stores it: markdown {@code content}, who may read it, whether it is pinned or
 * archived, the {@link Tag}s found in its content (each once, in order of first occurrence), its
 * attachments (in the backend's order), and when it was created and last updated.
 */
public record Note(
    NoteId id,
    String content,
    Visibility visibility,
    boolean pinned,
    NoteState state,
    List<Tag> tags,
    List<AttachmentId> attachments,
    Instant created,
    Instant updated) {

  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(state, "state");
    tags = List.copyOf(new LinkedHashSet<>(tags));
    attachments = List.copyOf(new LinkedHashSet<>(attachments));
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
  }

  /**
   * A note just created from {@code draft} at {@code now}, without attachments; its tags are those
   * in the draft's content.
   */
  public static Note created(NoteId id, NoteDraft draft, Instant now) {
    return new Note(
        id,
        draft.content(),
        draft.visibility(),
        draft.pinned(),
        NoteState.NORMAL,
        Tags.extract(draft.content()),
        List.of(),
        now,
        now);
  }

  public boolean archived() {
    return state == NoteState.ARCHIVED;
  }

  /** Whether the note carries exactly {@code tag} (not merely a tag nested below it). */
  public boolean hasTag(Tag tag) {
    return tags.contains(tag);
  }

  /** This note with its attachments replaced by {@code attachments}, updated at {@code now}. */
  public Note withAttachments(List<AttachmentId> attachments, Instant now) {
    return new Note(id, content, visibility, pinned, state, tags, attachments, created, now);
  }
}
