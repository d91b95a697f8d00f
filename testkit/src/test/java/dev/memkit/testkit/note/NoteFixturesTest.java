package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.NoteFixtures.aNote;
import static dev.memkit.testkit.note.NoteFixtures.aNoteDraft;
import static dev.memkit.testkit.note.NoteFixtures.aWebhookDraft;
import static dev.memkit.testkit.note.NoteFixtures.anUpload;
import static dev.memkit.testkit.note.NoteFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.note.AttachmentId;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoteFixturesTest {

  @Test
  void shouldBuildPrivateUnpinnedDraftWhenUsingDefaults() {
    var draft = aNoteDraft().build();

    assertThat(draft.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(draft.pinned()).isFalse();
    assertThat(draft.content()).isNotBlank();
  }

  @Test
  void shouldBuildNoteWithTagsFromContentWhenContentIsGiven() {
    Instant created = Instant.parse("2026-02-01T00:00:00Z");

    Note note =
        aNote()
            .withId("n9")
            .withContent("#a #b")
            .pinned()
            .archived()
            .withAttachments(new AttachmentId("x"))
            .createdAt(created)
            .updatedAt(created.plusSeconds(1))
            .build();

    assertThat(note.tags()).containsExactly(tag("a"), tag("b"));
    assertThat(note.state()).isEqualTo(NoteState.ARCHIVED);
    assertThat(note.pinned()).isTrue();
    assertThat(note.attachments()).containsExactly(new AttachmentId("x"));
    assertThat(note.updated()).isAfter(note.created());
  }

  @Test
  void shouldBuildTextUploadWhenTextIsGiven() {
    var upload = anUpload().withFileName("a.md").withText("# hi").build();

    assertThat(upload.mediaType()).isEqualTo("text/plain");
    assertThat(new String(upload.bytes(), StandardCharsets.UTF_8)).isEqualTo("# hi");
  }

  @Test
  void shouldFailFastWhenBuilderIsGivenInvalidInput() {
    assertThatThrownBy(() -> aNoteDraft().withContent(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> aWebhookDraft().withUrl("ftp://x.y").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
