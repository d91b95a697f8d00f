package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.NoteFixtures.draft;
import static dev.memkit.testkit.note.NoteFixtures.tag;
import static dev.memkit.testkit.note.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.TagCount;
import dev.memkit.port.Notes;
import dev.memkit.port.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Tags} must show. Subclass it in a test and implement both factories:
 * each is called once before each test, and they must return ports of one fresh, empty backend.
 */
public abstract class TagsContract {

  private Tags tags;
  private Notes notes;

  /** The tags of a fresh, empty backend. */
  protected abstract Tags tags();

  /** The notes of the same backend as {@link #tags()}. */
  protected abstract Notes notes();

  @BeforeEach
  void createPorts() {
    tags = tags();
    notes = notes();
  }

  private Note create(String content) {
    return success(notes.create(draft(content)));
  }

  @Test
  void shouldListNoTagsWhenThereAreNoNotes() {
    assertThat(success(tags.counts())).isEmpty();
  }

  @Test
  void shouldCountNotesPerTagWhenNotesCarryTags() {
    create("#work standup");
    create("#work #idea");
    create("no tags here");

    assertThat(success(tags.counts()))
        .containsExactly(new TagCount(tag("work"), 2), new TagCount(tag("idea"), 1));
  }

  @Test
  void shouldCountNoteOnceWhenTagIsRepeatedInIt() {
    create("#work and again #work and #work");

    assertThat(success(tags.counts())).containsExactly(new TagCount(tag("work"), 1));
  }

  @Test
  void shouldSortByCountThenByTagWhenCountsTie() {
    create("#beta #alpha #gamma");
    create("#gamma");

    assertThat(success(tags.counts()))
        .containsExactly(
            new TagCount(tag("gamma"), 2),
            new TagCount(tag("alpha"), 1),
            new TagCount(tag("beta"), 1));
  }

  @Test
  void shouldCountNestedTagsSeparatelyWhenNoteCarriesChildTag() {
    create("#work/meeting");
    create("#work");

    assertThat(success(tags.counts()))
        .containsExactlyInAnyOrder(
            new TagCount(tag("work"), 1), new TagCount(tag("work/meeting"), 1));
  }

  @Test
  void shouldDropCountWhenNoteIsDeleted() {
    Note first = create("#work");
    create("#work #idea");

    success(notes.delete(first.id()));

    assertThat(success(tags.counts()))
        .containsExactlyInAnyOrder(new TagCount(tag("work"), 1), new TagCount(tag("idea"), 1));
  }

  @Test
  void shouldLeaveOutArchivedNotesWhenCounting() {
    Note archived = create("#old #shared");
    create("#shared");

    success(notes.update(archived.id(), NoteChange.archive()));

    assertThat(success(tags.counts())).containsExactly(new TagCount(tag("shared"), 1));
  }

  @Test
  void shouldFollowContentWhenTagsAreEdited() {
    Note note = create("#before");

    success(notes.update(note.id(), NoteChange.content("#after").get()));

    assertThat(success(tags.counts())).containsExactly(new TagCount(tag("after"), 1));
  }
}
