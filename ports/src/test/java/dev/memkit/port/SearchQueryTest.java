package dev.memkit.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.validation.Violation;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  private static final Note NOTE =
      Note.created(
          new NoteId("n"),
          NoteDraft.of("Meeting Notes about the Roadmap #work").get(),
          Instant.parse("2026-01-05T09:00:00Z"));

  @Test
  void shouldRejectQueryWhenTextIsBlank() {
    assertThat(SearchQuery.of("  ").getError())
        .containsExactly(Violation.of("text", "must not be blank"));
    assertThatThrownBy(() -> new SearchQuery("", Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldMatchIgnoringCaseWhenTextDiffersInCase() {
    assertThat(SearchQuery.of("meeting notes").get().matches(NOTE)).isTrue();
    assertThat(SearchQuery.of("ROADMAP").get().matches(NOTE)).isTrue();
    assertThat(SearchQuery.of("notes meeting").get().matches(NOTE)).isFalse();
  }

  @Test
  void shouldRequireTagWhenQueryHasOne() {
    SearchQuery query = SearchQuery.of("roadmap").get();

    assertThat(query.withTag(Tag.of("work").get()).matches(NOTE)).isTrue();
    assertThat(query.withTag(Tag.of("home").get()).matches(NOTE)).isFalse();
  }

  @Test
  void shouldNotMatchWhenNoteIsArchived() {
    Note archived = NoteChange.archive().applyTo(NOTE, NOTE.created());

    assertThat(SearchQuery.of("roadmap").get().matches(archived)).isFalse();
  }
}
