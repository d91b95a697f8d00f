package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.NoteFixtures.draft;
import static dev.memkit.testkit.note.NoteFixtures.tag;
import static dev.memkit.testkit.note.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteId;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.port.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link NoteSearch} must show. Subclass it in a test and implement both
 * factories: each is called once before each test, and they must return ports of one fresh, empty
 * backend.
 */
public abstract class NoteSearchContract {

  private NoteSearch search;
  private Notes notes;

  /** The search of a fresh, empty backend. */
  protected abstract NoteSearch search();

  /** The notes of the same backend as {@link #search()}. */
  protected abstract Notes notes();

  @BeforeEach
  void createPorts() {
    search = search();
    notes = notes();
  }

  private Note create(String content) {
    return success(notes.create(draft(content)));
  }

  private List<Note> hits(SearchQuery query) {
    return success(Pages.all(PageRequest.first(), page -> search.search(query, page)));
  }

  private static SearchQuery query(String text) {
    return SearchQuery.of(text).get();
  }

  private static List<NoteId> ids(List<Note> notes) {
    return notes.stream().map(Note::id).toList();
  }

  @Test
  void shouldFindNotesContainingTextWhenSearching() {
    Note roadmap = create("Discussed the roadmap today");
    create("Groceries: milk, eggs");

    assertThat(ids(hits(query("roadmap")))).containsExactly(roadmap.id());
  }

  @Test
  void shouldIgnoreCaseWhenTextDiffersInCase() {
    Note upper = create("MEETING NOTES for Monday");
    Note mixed = create("Meeting Notes, again");

    assertThat(ids(hits(query("meeting notes")))).containsExactlyInAnyOrder(upper.id(), mixed.id());
    assertThat(ids(hits(query("MeEtInG")))).containsExactlyInAnyOrder(upper.id(), mixed.id());
  }

  @Test
  void shouldMatchWholePhraseWhenTextHasSpaces() {
    Note phrase = create("meeting notes");
    create("notes from the meeting");

    assertThat(ids(hits(query("meeting notes")))).containsExactly(phrase.id());
  }

  @Test
  void shouldRequireTagWhenQueryHasOne() {
    Note tagged = create("roadmap review #work");
    create("roadmap for the garden #home");
    create("roadmap #work/meeting");

    assertThat(ids(hits(query("roadmap").withTag(tag("work"))))).containsExactly(tagged.id());
  }

  @Test
  void shouldLeaveOutArchivedNotesWhenSearching() {
    Note archived = create("old roadmap");
    Note current = create("new roadmap");
    success(notes.update(archived.id(), NoteChange.archive()));

    assertThat(ids(hits(query("roadmap")))).containsExactly(current.id());
  }

  @Test
  void shouldReturnEmptyLastPageWhenNothingMatches() {
    create("something else");

    Page<Note> page = success(search.search(query("absent"), PageRequest.first(10)));

    assertThat(page.items()).isEmpty();
    assertThat(page.isLast()).isTrue();
  }

  @Test
  void shouldListNewestFirstWhenSeveralNotesMatch() {
    for (int i = 0; i < 4; i++) {
      create("match " + i);
    }

    assertThat(hits(query("match")))
        .hasSize(4)
        .isSortedAccordingTo(NoteOrder.newestFirst().comparator());
  }

  @Test
  void shouldVisitEveryHitOnceWhenPagingThroughResults() {
    List<NoteId> matching = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      matching.add(create("needle " + i).id());
      create("hay " + i);
    }

    List<NoteId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(3);
    int pages = 0;
    while (true) {
      Page<Note> page = success(search.search(query("needle"), request));
      pages++;
      assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
      seen.addAll(ids(page.items()));
      if (page.isLast() || pages > 20) {
        break;
      }
      request = request.next(page.next().get());
    }

    assertThat(pages).isGreaterThanOrEqualTo(3);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(matching);
  }
}
