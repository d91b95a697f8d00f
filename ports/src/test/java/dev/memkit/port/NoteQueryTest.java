package dev.memkit.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Visibility;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteQueryTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static Note note(
      String id, String content, Visibility visibility, boolean pinned, Instant at) {
    return Note.created(new NoteId(id), NoteDraft.of(content, visibility, pinned).get(), at);
  }

  @Test
  void shouldMatchOnlyNormalNotesWhenQueryIsNormal() {
    Note normal = note("a", "x", Visibility.PRIVATE, false, T0);
    Note archived = NoteChange.archive().applyTo(normal, T0);

    assertThat(NoteQuery.normal().matches(normal)).isTrue();
    assertThat(NoteQuery.normal().matches(archived)).isFalse();
    assertThat(NoteQuery.archived().matches(archived)).isTrue();
    assertThat(NoteQuery.normal().inAnyState().matches(archived)).isTrue();
    assertThat(NoteQuery.normal().state()).isEqualTo(Option.some(NoteState.NORMAL));
  }

  @Test
  void shouldMatchExactTagOnlyWhenFilteringByTag() {
    Note nested = note("a", "#work/meeting", Visibility.PRIVATE, false, T0);
    Tag work = Tag.of("work").get();

    assertThat(NoteQuery.normal().withTag(work).matches(nested)).isFalse();
    assertThat(NoteQuery.normal().withTag(Tag.of("work/meeting").get()).matches(nested)).isTrue();
  }

  @Test
  void shouldMatchVisibilityAndPinnedWhenThoseFiltersAreSet() {
    Note publicPinned = note("a", "x", Visibility.PUBLIC, true, T0);
    Note privateNote = note("b", "x", Visibility.PRIVATE, false, T0);
    NoteQuery query = NoteQuery.normal().withVisibility(Visibility.PUBLIC).onlyPinned();

    assertThat(query.matches(publicPinned)).isTrue();
    assertThat(query.matches(privateNote)).isFalse();
    assertThat(query.pinnedOnly()).isTrue();
  }

  @Test
  void shouldSortNewestFirstWhenOrderIsDefault() {
    Note old = note("old", "x", Visibility.PRIVATE, true, T0);
    Note mid = note("mid", "x", Visibility.PRIVATE, false, T0.plusSeconds(1));
    Note recent = note("new", "x", Visibility.PRIVATE, false, T0.plusSeconds(2));
    List<Note> notes = new ArrayList<>(List.of(mid, old, recent));

    notes.sort(NoteOrder.newestFirst().comparator());
    assertThat(notes).containsExactly(recent, mid, old);

    notes.sort(NoteOrder.oldestFirst().comparator());
    assertThat(notes).containsExactly(old, mid, recent);

    notes.sort(NoteOrder.newestFirst().withPinnedFirst().comparator());
    assertThat(notes).containsExactly(old, recent, mid);
  }

  @Test
  void shouldSortByUpdatedTimeWhenOrderIsRecentlyUpdated() {
    Note first = note("a", "x", Visibility.PRIVATE, false, T0);
    Note second = note("b", "x", Visibility.PRIVATE, false, T0.plusSeconds(1));
    Note touched = NoteChange.pinned(false).applyTo(first, T0.plusSeconds(5));
    List<Note> notes = new ArrayList<>(List.of(second, touched));

    notes.sort(NoteOrder.recentlyUpdatedFirst().comparator());

    assertThat(notes).containsExactly(touched, second);
  }
}
