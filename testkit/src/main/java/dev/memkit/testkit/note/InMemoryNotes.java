package dev.memkit.testkit.note;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.NoteId;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.Notes;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * {@link Notes} in memory, sharing its store with the other fakes of an {@link
 * InMemoryNoteBackend}. Like Memos, deleting a note deletes its attachments, and listings page by
 * offset, at most 1000 notes a page.
 */
public final class InMemoryNotes implements Notes, FaultInjectable {

  private final NoteStore store;
  private final Faults faults;

  InMemoryNotes(NoteStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, Page<Note>> list(NoteQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    return faults.run(
        () -> {
          synchronized (store) {
            return NoteStore.page(store.notes(query::matches, query.order()), page, "notes");
          }
        });
  }

  @Override
  public Either<Failure, Note> get(NoteId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(
        () -> {
          synchronized (store) {
            return store.note(id);
          }
        });
  }

  @Override
  public Either<Failure, Note> create(NoteDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return faults.run(
        () -> {
          synchronized (store) {
            Note note = Note.created(new NoteId(store.newId("note")), draft, store.now());
            store.notes.put(note.id(), note);
            return Either.right(note);
          }
        });
  }

  @Override
  public Either<Failure, Note> update(NoteId id, NoteChange change) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
    return faults.run(
        () -> {
          synchronized (store) {
            return store
                .note(id)
                .map(
                    note -> {
                      Note updated = change.applyTo(note, store.now());
                      store.notes.put(id, updated);
                      return updated;
                    });
          }
        });
  }

  @Override
  public Either<Failure, Done> delete(NoteId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(
        () -> {
          synchronized (store) {
            return store
                .note(id)
                .map(
                    note -> {
                      note.attachments().forEach(store::removeAttachment);
                      store.notes.remove(id);
                      return Done.DONE;
                    });
          }
        });
  }
}
