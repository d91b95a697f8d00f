package dev.memkit.domain.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteTest {

  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void shouldTakeTagsFromContentWhenCreatedFromDraft() {
    Note note =
        Note.created(new NoteId("n1"), NoteDraft.of("# Title\n#work/meeting #idea").get(), NOW);

    assertThat(note.tags()).extracting(Tag::value).containsExactly("work/meeting", "idea");
    assertThat(note.state()).isEqualTo(NoteState.NORMAL);
    assertThat(note.attachments()).isEmpty();
    assertThat(note.created()).isEqualTo(NOW);
    assertThat(note.updated()).isEqualTo(NOW);
  }

  @Test
  void shouldMatchOnlyExactTagWhenAskedWhetherItHasATag() {
    Note note = Note.created(new NoteId("n1"), NoteDraft.of("#work/meeting").get(), NOW);

    assertThat(note.hasTag(Tag.of("work/meeting").get())).isTrue();
    assertThat(note.hasTag(Tag.of("work").get())).isFalse();
  }

  @Test
  void shouldDropDuplicatesAndKeepOrderWhenBuiltWithRepeatedTagsAndAttachments() {
    Tag a = Tag.of("a").get();
    Tag b = Tag.of("b").get();
    AttachmentId x = new AttachmentId("x");
    Note note =
        new Note(
            new NoteId("n"),
            "c",
            Visibility.PRIVATE,
            false,
            NoteState.NORMAL,
            List.of(b, a, b),
            List.of(x, x),
            NOW,
            NOW);

    assertThat(note.tags()).containsExactly(b, a);
    assertThat(note.attachments()).containsExactly(x);
  }

  @Test
  void shouldReplaceAttachmentsAndUpdatedTimeWhenAttachmentsChange() {
    Note note = Note.created(new NoteId("n1"), NoteDraft.of("x").get(), NOW);
    Instant later = NOW.plusSeconds(60);

    Note changed = note.withAttachments(List.of(new AttachmentId("a")), later);

    assertThat(changed.attachments()).containsExactly(new AttachmentId("a"));
    assertThat(changed.updated()).isEqualTo(later);
    assertThat(changed.created()).isEqualTo(NOW);
  }
}
