package dev.memkit.testkit.note;

import dev.memkit.domain.note.AttachmentId;
import dev.memkit.domain.note.AttachmentUpload;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Tags;
import dev.memkit.domain.note.Visibility;
import dev.memkit.domain.note.WebhookDraft;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Test-data builders for the notes domain, with ordinary defaults: {@code
 * aNoteDraft().withContent("#work standup").pinned().build()}. Invalid input fails the test at once
 * ({@link IllegalArgumentException}); to test validation, call the domain factories directly.
 */
public final class NoteFixtures {

  /** The moment fixtures use when none is given: {@code MutableClock.standard()}'s start. */
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private NoteFixtures() {}

  public static NoteDraftBuilder aNoteDraft() {
    return new NoteDraftBuilder();
  }

  /** A private, unpinned draft with {@code content}. */
  public static NoteDraft draft(String content) {
    return aNoteDraft().withContent(content).build();
  }

  public static NoteBuilder aNote() {
    return new NoteBuilder();
  }

  public static UploadBuilder anUpload() {
    return new UploadBuilder();
  }

  public static WebhookDraftBuilder aWebhookDraft() {
    return new WebhookDraftBuilder();
  }

  public static Tag tag(String value) {
    return new Tag(value);
  }

  /** Builds a {@link NoteDraft}; by default private, unpinned, with a short text and one tag. */
  public static final class NoteDraftBuilder {
    private String content = "Remember the milk #errands";
    private Visibility visibility = Visibility.PRIVATE;
    private boolean pinned;

    private NoteDraftBuilder() {}

    public NoteDraftBuilder withContent(String content) {
      this.content = content;
      return this;
    }

    public NoteDraftBuilder withVisibility(Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    public NoteDraftBuilder pinned() {
      this.pinned = true;
      return this;
    }

    public NoteDraft build() {
      return new NoteDraft(content, visibility, pinned);
    }
  }

  /**
   * Builds a {@link Note} value as a backend would return it (for code that consumes notes), with
   * tags found in the content.
   */
  public static final class NoteBuilder {
    private NoteId id = new NoteId("note-1");
    private String content = "Remember the milk #errands";
    private Visibility visibility = Visibility.PRIVATE;
    private boolean pinned;
    private NoteState state = NoteState.NORMAL;
    private List<AttachmentId> attachments = List.of();
    private Instant created = T0;
    private Instant updated = T0;

    private NoteBuilder() {}

    public NoteBuilder withId(String id) {
      this.id = new NoteId(id);
      return this;
    }

    public NoteBuilder withContent(String content) {
      this.content = content;
      return this;
    }

    public NoteBuilder withVisibility(Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    public NoteBuilder pinned() {
      this.pinned = true;
      return this;
    }

    public NoteBuilder archived() {
      this.state = NoteState.ARCHIVED;
      return this;
    }

    public NoteBuilder withAttachments(AttachmentId... attachments) {
      this.attachments = List.of(attachments);
      return this;
    }

    /** Created and last updated at {@code instant}. */
    public NoteBuilder createdAt(Instant instant) {
      this.created = instant;
      this.updated = instant;
      return this;
    }

    public NoteBuilder updatedAt(Instant instant) {
      this.updated = instant;
      return this;
    }

    public Note build() {
      return new Note(
          id,
          content,
          visibility,
          pinned,
          state,
          Tags.extract(content),
          attachments,
          created,
          updated);
    }
  }

  /** Builds an {@link AttachmentUpload}; by default a small text file. */
  public static final class UploadBuilder {
    private String fileName = "notes.txt";
    private String mediaType = "text/plain";
    private byte[] bytes = "hello, attachment".getBytes(StandardCharsets.UTF_8);

    private UploadBuilder() {}

    public UploadBuilder withFileName(String fileName) {
      this.fileName = fileName;
      return this;
    }

    public UploadBuilder withMediaType(String mediaType) {
      this.mediaType = mediaType;
      return this;
    }

    public UploadBuilder withBytes(byte[] bytes) {
      this.bytes = bytes.clone();
      return this;
    }

    /** UTF-8 text as content, media type {@code text/plain}. */
    public UploadBuilder withText(String text) {
      this.mediaType = "text/plain";
      return withBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public AttachmentUpload build() {
      return new AttachmentUpload(fileName, mediaType, bytes);
    }
  }

  /** Builds a {@link WebhookDraft}; by default a webhook on {@code https://example.com/hook}. */
  public static final class WebhookDraftBuilder {
    private String name = "example hook";
    private String url = "https://example.com/hook";

    private WebhookDraftBuilder() {}

    public WebhookDraftBuilder withName(String name) {
      this.name = name;
      return this;
    }

    public WebhookDraftBuilder withUrl(String url) {
      this.url = url;
      return this;
    }

    public WebhookDraft build() {
      return new WebhookDraft(name, java.net.URI.create(url));
    }
  }
}
