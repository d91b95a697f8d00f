package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.NoteFixtures.aNoteDraft;
import static dev.memkit.testkit.note.NoteFixtures.draft;
import static dev.memkit.testkit.note.NoteFixtures.tag;
import static dev.memkit.testkit.note.Outcomes.failure;
import static dev.memkit.testkit.note.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Visibility;
import dev.memkit.port.Cursor;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.Notes;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Notes} must show. Subclass it in a test, implement {@link #notes()},
 * and run it. Times are compared with {@code >=} only: a real server's clock cannot be moved.
 */
public abstract class NotesContract {

  private Notes notes;

  /** A fresh, empty {@link Notes}; called once before each test. */
  protected abstract Notes notes();

  @BeforeEach
  void createPort() {
    notes = notes();
  }

  private Note create(String content) {
    return success(notes.create(draft(content)));
  }

  private List<Note> all(NoteQuery query) {
    return success(Pages.all(PageRequest.first(), page -> notes.list(query, page)));
  }

  private static List<NoteId> ids(List<Note> notes) {
    return notes.stream().map(Note::id).toList();
  }

  @Test
  void shouldStoreContentVisibilityAndPinnedWhenCreatingNote() {
    Note note =
        success(
            notes.create(
                aNoteDraft()
                    .withContent("Standup notes #work")
                    .withVisibility(Visibility.PUBLIC)
                    .pinned()
                    .build()));

    assertThat(note.content()).isEqualTo("Standup notes #work");
    assertThat(note.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(note.pinned()).isTrue();
    assertThat(note.state()).isEqualTo(NoteState.NORMAL);
    assertThat(note.attachments()).isEmpty();
    assertThat(note.updated()).isAfterOrEqualTo(note.created());
  }

  @Test
  void shouldExtractTagsWhenCreatingNoteWithTags() {
    Note note = create("# Daily Standup\n\n- done: auth\n\n#daily #work/meeting #daily");

    assertThat(note.tags()).containsExactlyInAnyOrder(tag("daily"), tag("work/meeting"));
  }

  @Test
  void shouldGiveNewIdWhenCreatingSameDraftTwice() {
    Note first = create("same text");
    Note second = create("same text");

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(all(NoteQuery.normal())).hasSize(2);
  }

  @Test
  void shouldReturnStoredNoteWhenGettingById() {
    Note created = create("fetch me #later");

    Note fetched = success(notes.get(created.id()));

    assertThat(fetched.id()).isEqualTo(created.id());
    assertThat(fetched.content()).isEqualTo(created.content());
    assertThat(fetched.tags()).containsExactlyInAnyOrderElementsOf(created.tags());
    assertThat(fetched.visibility()).isEqualTo(created.visibility());
  }

  @Test
  void shouldFailNotFoundWhenGettingUnknownNote() {
    assertThat(failure(notes.get(new NoteId("no-such-note")))).isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldReplaceContentAndTagsWhenUpdatingContent() {
    Note created = create("first #old");

    Note updated =
        success(notes.update(created.id(), NoteChange.content("second #new #newer").get()));

    assertThat(updated.content()).isEqualTo("second #new #newer");
    assertThat(updated.tags()).containsExactlyInAnyOrder(tag("new"), tag("newer"));
    assertThat(success(notes.get(created.id())).tags())
        .containsExactlyInAnyOrder(tag("new"), tag("newer"));
  }

  @Test
  void shouldKeepOtherFieldsWhenUpdatingOnlyPinned() {
    Note created =
        success(
            notes.create(
                aNoteDraft().withContent("keep #me").withVisibility(Visibility.PROTECTED).build()));

    Note updated = success(notes.update(created.id(), NoteChange.pinned(true)));

    assertThat(updated.pinned()).isTrue();
    assertThat(updated.content()).isEqualTo("keep #me");
    assertThat(updated.visibility()).isEqualTo(Visibility.PROTECTED);
    assertThat(updated.tags()).containsExactly(tag("me"));
    assertThat(updated.state()).isEqualTo(NoteState.NORMAL);
  }

  @Test
  void shouldChangeVisibilityWhenUpdatingVisibility() {
    Note created = create("secret");

    Note updated = success(notes.update(created.id(), NoteChange.visibility(Visibility.PUBLIC)));

    assertThat(updated.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(success(notes.get(created.id())).visibility()).isEqualTo(Visibility.PUBLIC);
  }

  @Test
  void shouldMoveUpdatedTimeForwardWhenUpdating() {
    Note created = create("timed");

    Note updated = success(notes.update(created.id(), NoteChange.pinned(true)));

    assertThat(updated.created()).isEqualTo(created.created());
    assertThat(updated.updated()).isAfterOrEqualTo(created.updated());
    assertThat(updated.updated()).isAfterOrEqualTo(updated.created());
  }

  @Test
  void shouldFailNotFoundAndCreateNothingWhenUpdatingUnknownNote() {
    Either<Failure, Note> result =
        notes.update(new NoteId("no-such-note"), NoteChange.content("x").get());

    assertThat(failure(result)).isInstanceOf(Failure.NotFound.class);
    assertThat(all(NoteQuery.normal().inAnyState())).isEmpty();
  }

  @Test
  void shouldMoveNoteBetweenListingsWhenArchivingAndRestoring() {
    Note note = create("put away");
    Note other = create("stays");

    Note archived = success(notes.update(note.id(), NoteChange.archive()));

    assertThat(archived.state()).isEqualTo(NoteState.ARCHIVED);
    assertThat(ids(all(NoteQuery.normal()))).containsExactly(other.id());
    assertThat(ids(all(NoteQuery.archived()))).containsExactly(note.id());
    assertThat(ids(all(NoteQuery.normal().inAnyState())))
        .containsExactlyInAnyOrder(note.id(), other.id());

    Note restored = success(notes.update(note.id(), NoteChange.restore()));

    assertThat(restored.state()).isEqualTo(NoteState.NORMAL);
    assertThat(ids(all(NoteQuery.normal()))).containsExactlyInAnyOrder(note.id(), other.id());
    assertThat(all(NoteQuery.archived())).isEmpty();
  }

  @Test
  void shouldRemoveNoteWhenDeleting() {
    Note note = create("short-lived");

    success(notes.delete(note.id()));

    assertThat(failure(notes.get(note.id()))).isInstanceOf(Failure.NotFound.class);
    assertThat(all(NoteQuery.normal().inAnyState())).isEmpty();
  }

  @Test
  void shouldFailNotFoundWhenDeletingUnknownOrDeletedNote() {
    Note note = create("once");
    success(notes.delete(note.id()));

    assertThat(failure(notes.delete(note.id()))).isInstanceOf(Failure.NotFound.class);
    assertThat(failure(notes.delete(new NoteId("no-such-note"))))
        .isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldReturnEmptyLastPageWhenThereAreNoNotes() {
    Page<Note> page = success(notes.list(NoteQuery.normal(), PageRequest.first(10)));

    assertThat(page.items()).isEmpty();
    assertThat(page.isLast()).isTrue();
  }

  @Test
  void shouldVisitEveryNoteExactlyOnceWhenPagingThroughSeveralPages() {
    List<NoteId> created = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      created.add(create("note number " + i).id());
    }

    List<NoteId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(10);
    int pages = 0;
    while (true) {
      Page<Note> page = success(notes.list(NoteQuery.normal(), request));
      pages++;
      assertThat(page.items()).hasSizeLessThanOrEqualTo(10);
      seen.addAll(ids(page.items()));
      if (page.isLast() || pages > 30) {
        break;
      }
      request = request.next(page.next().get());
    }

    assertThat(pages).isGreaterThanOrEqualTo(3);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void shouldListOnlyNotesWithExactTagWhenFilteringByTag() {
    Note work = create("plain #work");
    Note meeting = create("nested #work/meeting");
    Note both = create("#work and #work/meeting");
    create("#home");

    assertThat(ids(all(NoteQuery.normal().withTag(tag("work")))))
        .containsExactlyInAnyOrder(work.id(), both.id());
    assertThat(ids(all(NoteQuery.normal().withTag(tag("work/meeting")))))
        .containsExactlyInAnyOrder(meeting.id(), both.id());
    assertThat(all(NoteQuery.normal().withTag(tag("nowhere")))).isEmpty();
  }

  @Test
  void shouldListOnlyMatchingVisibilityWhenFilteringByVisibility() {
    Note open =
        success(
            notes.create(
                aNoteDraft().withContent("open").withVisibility(Visibility.PUBLIC).build()));
    create("closed");

    assertThat(ids(all(NoteQuery.normal().withVisibility(Visibility.PUBLIC))))
        .containsExactly(open.id());
    assertThat(all(NoteQuery.normal().withVisibility(Visibility.PROTECTED))).isEmpty();
  }

  @Test
  void shouldListOnlyPinnedNotesWhenPinnedOnly() {
    Note pinned = success(notes.create(aNoteDraft().withContent("top").pinned().build()));
    create("ordinary");

    assertThat(ids(all(NoteQuery.normal().onlyPinned()))).containsExactly(pinned.id());
  }

  @Test
  void shouldPutPinnedNotesFirstWhenOrderAsksForIt() {
    create("a");
    Note pinned = success(notes.create(aNoteDraft().withContent("b").pinned().build()));
    create("c");
    Note laterPinned = create("d");
    success(notes.update(laterPinned.id(), NoteChange.pinned(true)));

    List<Note> listed =
        all(NoteQuery.normal().orderedBy(NoteOrder.newestFirst().withPinnedFirst()));

    assertThat(listed).hasSize(4);
    assertThat(ids(listed.subList(0, 2))).containsExactlyInAnyOrder(pinned.id(), laterPinned.id());
    assertThat(listed.subList(2, 4)).noneMatch(Note::pinned);
    assertThat(listed).isSortedAccordingTo(NoteOrder.newestFirst().withPinnedFirst().comparator());
  }

  @Test
  void shouldSortByCreatedTimeWhenOrderIsByCreation() {
    for (int i = 0; i < 5; i++) {
      create("note " + i);
    }

    assertThat(all(NoteQuery.normal().orderedBy(NoteOrder.oldestFirst())))
        .hasSize(5)
        .isSortedAccordingTo(NoteOrder.oldestFirst().comparator());
    assertThat(all(NoteQuery.normal().orderedBy(NoteOrder.newestFirst())))
        .hasSize(5)
        .isSortedAccordingTo(NoteOrder.newestFirst().comparator());
  }

  @Test
  void shouldSortByUpdatedTimeWhenOrderIsByUpdate() {
    Note first = create("first");
    create("second");
    success(notes.update(first.id(), NoteChange.content("first, edited").get()));
    NoteOrder order = NoteOrder.recentlyUpdatedFirst();

    List<Note> listed = all(NoteQuery.normal().orderedBy(order));

    assertThat(listed).hasSize(2).isSortedAccordingTo(order.comparator());
  }

  @Test
  void shouldFailInvalidWhenCursorWasNotHandedOut() {
    create("anything");

    Either<Failure, Page<Note>> result =
        notes.list(NoteQuery.normal(), PageRequest.after(new Cursor("not-a-cursor"), 10));

    assertThat(failure(result)).isInstanceOf(Failure.Invalid.class);
  }

  @Test
  void shouldCombineFiltersWhenSeveralAreSet() {
    Note match =
        success(
            notes.create(
                aNoteDraft()
                    .withContent("#work public pinned")
                    .withVisibility(Visibility.PUBLIC)
                    .pinned()
                    .build()));
    success(
        notes.create(
            aNoteDraft().withContent("#work public").withVisibility(Visibility.PUBLIC).build()));
    success(notes.create(aNoteDraft().withContent("#work private pinned").pinned().build()));

    NoteQuery query =
        NoteQuery.normal().withTag(tag("work")).withVisibility(Visibility.PUBLIC).onlyPinned();

    assertThat(ids(all(query))).containsExactly(match.id());
    assertThat(all(query.inState(NoteState.ARCHIVED))).isEmpty();
  }
}
