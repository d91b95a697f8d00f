package dev.memkit.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteChangeTest {

  private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant LATER = Instant.parse("2026-01-05T10:00:00Z");

  private static Note note() {
    return Note.created(new NoteId("n1"), NoteDraft.of("first #one").get(), CREATED)
        .withAttachments(List.of(new AttachmentId("a1")), CREATED);
  }

  @Test
  void shouldRejectChangeWhenNoFieldIsDefined() {
    assertThat(NoteChange.of(Option.none(), Option.none(), Option.none(), Option.none()).getError())
        .extracting(Violation::field)
        .containsExactly("change");
  }

  @Test
  void shouldRejectChangeWhenNewContentIsBlank() {
    assertThat(NoteChange.content("   ").getError())
        .containsExactly(Violation.of("content", "must not be blank"));
  }

  @Test
  void shouldRejectChangeWhenNewContentIsTooLong() {
    assertThat(NoteChange.content("x".repeat(NoteDraft.MAX_CONTENT_BYTES + 1)).isInvalid())
        .isTrue();
  }

  @Test
  void shouldThrowWhenConstructedDirectlyWithoutAnyField() {
    assertThatThrownBy(
            () -> new NoteChange(Option.none(), Option.none(), Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldReplaceContentAndFindTagsAgainWhenContentChanges() {
    Note changed = NoteChange.content("second #two #three").get().applyTo(note(), LATER);

    assertThat(changed.content()).isEqualTo("second #two #three");
    assertThat(changed.tags()).extracting(Tag::value).containsExactly("two", "three");
    assertThat(changed.updated()).isEqualTo(LATER);
    assertThat(changed.created()).isEqualTo(CREATED);
  }

  @Test
  void shouldKeepEverythingElseWhenOnlyPinnedChanges() {
    Note before = note();

    Note changed = NoteChange.pinned(true).applyTo(before, LATER);

    assertThat(changed.pinned()).isTrue();
    assertThat(changed)
        .usingRecursiveComparison()
        .ignoringFields("pinned", "updated")
        .isEqualTo(before);
  }

  @Test
  void shouldArchiveAndRestoreWhenStateChanges() {
    Note archived = NoteChange.archive().applyTo(note(), LATER);

    assertThat(archived.archived()).isTrue();
    assertThat(NoteChange.restore().applyTo(archived, LATER).state()).isEqualTo(NoteState.NORMAL);
  }

  @Test
  void shouldChangeVisibilityWhenVisibilityIsDefined() {
    assertThat(NoteChange.visibility(Visibility.PUBLIC).applyTo(note(), LATER).visibility())
        .isEqualTo(Visibility.PUBLIC);
    assertThat(NoteChange.visibility(Visibility.PUBLIC).changesContent()).isFalse();
  }
}
