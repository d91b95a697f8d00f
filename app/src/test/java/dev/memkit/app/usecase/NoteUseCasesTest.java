package dev.memkit.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Visibility;
import dev.memkit.port.Failure;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.note.InMemoryNoteBackend;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteUseCasesTest {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryNoteBackend backend =
      InMemoryNoteBackend.create(clock, new VirtualSleeper(clock));
  private final WriteNote write = new WriteNote(backend.notes());
  private final ListNotes list = new ListNotes(backend.notes());
  private final SearchNotes search = new SearchNotes(backend.search());

  private Note add(String content) {
    clock.advance(Duration.ofMinutes(1));
    return write.add(content, Option.none()).get();
  }

  @Test
  void shouldCreateAPrivateNoteWithItsTagsWhenAdded() {
    Note note = write.add("\n\nBuy milk #errands\n\n", Option.none()).get();

    assertThat(note.content()).isEqualTo("Buy milk #errands");
    assertThat(note.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(note.tags()).containsExactly(new Tag("errands"));
  }

  @Test
  void shouldRefuseBlankTextOrAnUnknownVisibilityWhenAdding() {
    assertThat(write.add("  \n", Option.none()).getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(write.add("text", Option.some("secret")).getLeft().message())
        .contains("visibility: must be one of private, protected, public");
    assertThat(
            backend
                .notes()
                .list(dev.memkit.port.NoteQuery.normal(), dev.memkit.port.PageRequest.first())
                .get()
                .items())
        .isEmpty();
  }

  @Test
  void shouldSaveOnlyRealChangesWhenEditing() {
    Note note = add("first draft");

    WriteNote.Edited same = write.edit(note.id(), "first draft\n").get();
    clock.advance(Duration.ofMinutes(1));
    WriteNote.Edited changed = write.edit(note.id(), "second draft #done").get();

    assertThat(same.changed()).isFalse();
    assertThat(same.note().updated()).isEqualTo(note.updated());
    assertThat(changed.changed()).isTrue();
    assertThat(changed.note().tags()).containsExactly(new Tag("done"));
  }

  @Test
  void shouldFailWithNotFoundWhenEditingAMissingNote() {
    assertThat(write.edit(new NoteId("nope"), "text").getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(WriteNote.id(" ").getLeft()).isInstanceOf(Failure.Invalid.class);
  }

  @Test
  void shouldListTheNewestNotesUpToTheLimitWhenAsked() {
    Note first = add("one #a");
    Note second = add("two #b");
    Note third = add("three #a");

    assertThat(list.run(Option.none(), false, 2).get()).containsExactly(third, second);
    assertThat(list.run(Option.some("#a"), false, 10).get()).containsExactly(third, first);
  }

  @Test
  void shouldListArchivedNotesOnlyWhenAskedFor() {
    Note kept = add("kept");
    Note archived = add("put away");
    backend.notes().update(archived.id(), NoteChange.archive());

    assertThat(list.run(Option.none(), false, 10).get())
        .extracting(Note::id)
        .containsExactly(kept.id());
    assertThat(list.run(Option.none(), true, 10).get())
        .extracting(Note::id)
        .containsExactly(archived.id());
  }

  @Test
  void shouldRefuseABadTagOrLimitWhenListing() {
    assertThat(list.run(Option.some("two words"), false, 10).getLeft())
        .isInstanceOf(Failure.Invalid.class);
    assertThat(list.run(Option.none(), false, 0).getLeft()).isInstanceOf(Failure.Invalid.class);
  }

  @Test
  void shouldFindNotesByTextAndTagWhenSearching() {
    add("Milk and bread #shopping");
    Note hit = add("more MILK #shopping");
    add("milk for the cat");

    List<Note> hits = search.run("milk", Option.some("shopping"), 1).get();

    assertThat(hits).containsExactly(hit);
    assertThat(search.run(" ", Option.none(), 10).getLeft()).isInstanceOf(Failure.Invalid.class);
  }
}
