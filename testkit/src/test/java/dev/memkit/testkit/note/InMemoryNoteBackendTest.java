package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.NoteFixtures.anUpload;
import static dev.memkit.testkit.note.NoteFixtures.draft;
import static dev.memkit.testkit.note.NoteFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.account.User;
import dev.memkit.domain.note.Attachment;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.TagCount;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.SearchQuery;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the in-memory backend does beyond the contracts: exact times, Memos' side effects. */
class InMemoryNoteBackendTest {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryNoteBackend backend =
      InMemoryNoteBackend.create(clock, new VirtualSleeper(clock));

  private Note create(String content) {
    return backend.notes().create(draft(content)).get();
  }

  private List<NoteId> list(NoteQuery query) {
    return backend.notes().list(query, PageRequest.first()).get().items().stream()
        .map(Note::id)
        .toList();
  }

  @Test
  void shouldStampTimesFromClockWhenCreatingAndUpdating() {
    Instant start = clock.instant();
    Note note = create("timed");
    clock.advance(Duration.ofMinutes(5));

    Note updated = backend.notes().update(note.id(), NoteChange.pinned(true)).get();

    assertThat(note.created()).isEqualTo(start);
    assertThat(note.updated()).isEqualTo(start);
    assertThat(updated.created()).isEqualTo(start);
    assertThat(updated.updated()).isEqualTo(start.plus(Duration.ofMinutes(5)));
  }

  @Test
  void shouldOrderExactlyByTimeWhenClockMovesBetweenNotes() {
    Note first = create("first");
    clock.advance(Duration.ofSeconds(1));
    Note second = create("second");
    clock.advance(Duration.ofSeconds(1));
    Note third = create("third");
    clock.advance(Duration.ofSeconds(1));
    backend.notes().update(first.id(), NoteChange.content("first, edited").get());

    assertThat(list(NoteQuery.normal())).containsExactly(third.id(), second.id(), first.id());
    assertThat(list(NoteQuery.normal().orderedBy(NoteOrder.oldestFirst())))
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(list(NoteQuery.normal().orderedBy(NoteOrder.recentlyUpdatedFirst())))
        .containsExactly(first.id(), third.id(), second.id());
  }

  @Test
  void shouldBreakTiesByCreationOrderWhenClockDoesNotMove() {
    Note first = create("first");
    Note second = create("second");
    Note third = create("third");

    assertThat(list(NoteQuery.normal())).containsExactly(third.id(), second.id(), first.id());
    assertThat(list(NoteQuery.normal().orderedBy(NoteOrder.oldestFirst())))
        .containsExactly(first.id(), second.id(), third.id());
  }

  @Test
  void shouldPutPinnedFirstThenNewestWhenOrderedWithPinnedFirst() {
    Note pinnedOld = backend.notes().create(NoteFixtures.aNoteDraft().pinned().build()).get();
    clock.advance(Duration.ofSeconds(1));
    Note plain = create("plain");
    clock.advance(Duration.ofSeconds(1));
    Note pinnedNew = backend.notes().create(NoteFixtures.aNoteDraft().pinned().build()).get();

    assertThat(list(NoteQuery.normal().orderedBy(NoteOrder.newestFirst().withPinnedFirst())))
        .containsExactly(pinnedNew.id(), pinnedOld.id(), plain.id());
  }

  @Test
  void shouldSeeNotesFromOtherFakesWhenTheyShareTheBackend() {
    create("roadmap #work");

    assertThat(backend.tags().counts().get()).containsExactly(new TagCount(tag("work"), 1));
    assertThat(
            backend
                .search()
                .search(SearchQuery.of("ROADMAP").get(), PageRequest.first())
                .get()
                .items())
        .hasSize(1);
  }

  @Test
  void shouldFoldCaseBeyondAsciiWhenSearching() {
    Note note = create("Überblick über ÄNDERUNGEN");

    List<Note> hits =
        backend
            .search()
            .search(SearchQuery.of("änderungen").get(), PageRequest.first())
            .get()
            .items();

    assertThat(hits).extracting(Note::id).containsExactly(note.id());
  }

  @Test
  void shouldDeleteAttachmentsTakenOffNoteWhenAttachingLikeMemos() {
    Note note = create("gallery");
    Attachment dropped =
        backend.attachments().upload(anUpload().build(), Option.some(note.id())).get();
    Attachment kept = backend.attachments().upload(anUpload().build(), Option.none()).get();

    backend.attachments().attach(note.id(), List.of(kept.id()));

    assertThat(backend.attachments().download(dropped.id()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(backend.attachments().download(kept.id()).isRight()).isTrue();
  }

  @Test
  void shouldDeleteAttachmentsOfNoteWhenDeletingNoteLikeMemos() {
    Note note = create("doomed");
    Attachment attachment =
        backend.attachments().upload(anUpload().build(), Option.some(note.id())).get();

    backend.notes().delete(note.id());

    assertThat(backend.attachments().download(attachment.id()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(backend.attachments().list(PageRequest.first()).get().items()).isEmpty();
  }

  @Test
  void shouldListAttachmentsNewestFirstWhenUploadedAtDifferentTimes() {
    Attachment older = backend.attachments().upload(anUpload().build(), Option.none()).get();
    clock.advance(Duration.ofSeconds(1));
    Attachment newer = backend.attachments().upload(anUpload().build(), Option.none()).get();

    assertThat(backend.attachments().list(PageRequest.first()).get().items())
        .containsExactly(newer, older);
  }

  @Test
  void shouldTouchNoteUpdatedTimeWhenAttachmentsAreSet() {
    Note note = create("gallery");
    Attachment attachment = backend.attachments().upload(anUpload().build(), Option.none()).get();
    clock.advance(Duration.ofMinutes(1));

    Note updated = backend.attachments().attach(note.id(), List.of(attachment.id())).get();

    assertThat(updated.updated()).isEqualTo(note.created().plus(Duration.ofMinutes(1)));
  }

  @Test
  void shouldRefuseCursorOfOtherListingWhenPassedToSearch() {
    for (int i = 0; i < 3; i++) {
      create("needle " + i);
    }
    Page<Note> notesPage = backend.notes().list(NoteQuery.normal(), PageRequest.first(1)).get();

    Failure failure =
        backend
            .search()
            .search(SearchQuery.of("needle").get(), PageRequest.after(notesPage.next().get(), 1))
            .getLeft();

    assertThat(failure).isInstanceOf(Failure.Invalid.class);
    assertThat(((Failure.Invalid) failure).violations().head().field()).isEqualTo("cursor");
  }

  @Test
  void shouldCapPageAtThousandWhenLargerPageIsAsked() {
    for (int i = 0; i < NoteStore.MAX_PAGE_SIZE + 1; i++) {
      create("n" + i);
    }

    Page<Note> page = backend.notes().list(NoteQuery.normal(), PageRequest.first(5000)).get();

    assertThat(page.items()).hasSize(NoteStore.MAX_PAGE_SIZE);
    assertThat(page.isLast()).isFalse();
  }

  @Test
  void shouldHandOutUniqueIdsWhenNotesAreCreatedConcurrently() throws Exception {
    int threads = 4;
    int perThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<NoteId>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                List<NoteId> ids = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                  ids.add(create("concurrent " + i).id());
                }
                return ids;
              }));
    }
    start.countDown();
    List<NoteId> all = Collections.synchronizedList(new ArrayList<>());
    for (Future<List<NoteId>> future : futures) {
      all.addAll(future.get(10, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
    assertThat(backend.notes().list(NoteQuery.normal(), PageRequest.first(1000)).get().items())
        .hasSize(threads * perThread);
  }

  @Test
  void shouldSignInAsGivenUserWhenBackendIsCreatedForUser() {
    User steven =
        new User("steven", "Steven", Option.some("s@example.com"), Option.none(), "ADMIN");

    InMemoryNoteBackend own = InMemoryNoteBackend.create(clock, new VirtualSleeper(clock), steven);

    assertThat(own.account().whoAmI().get()).isEqualTo(steven);
    assertThat(backend.account().whoAmI().get()).isEqualTo(InMemoryNoteBackend.DEFAULT_USER);
    assertThat(backend.account().serviceInfo().get()).isEqualTo(InMemoryNoteBackend.SERVICE_INFO);
  }
}
