package dev.memkit.port;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.NoteId;
import io.vavr.control.Either;

/**
 * The notes of the signed-in account (memos, on Memos).
 *
 * <p>Contract shared by every implementation:
 *
 * <ul>
 *   <li>{@link #list}: the notes matching the {@link NoteQuery}, in its order, a page at a time.
 *       Paging to the end visits every note that matched when the listing started, and was not
 *       changed meanwhile, exactly once; notes created, changed or deleted while paging may be
 *       missed or seen twice (Memos pages by offset). A page may be shorter than asked for; only a
 *       missing next cursor ends the listing, and no matching note gives one empty last page. A
 *       cursor this backend did not hand out for this listing is {@link Failure.Invalid}.
 *   <li>{@link #get}: the note, or {@link Failure.NotFound} when no note has this id (or this
 *       account may not see it); a deleted note is not found.
 *   <li>{@link #create}: stores a new note: state {@code NORMAL}, no attachments, tags found in the
 *       content by {@link dev.memkit.domain.note.Tags#extract}, created and updated times equal and
 *       set by the backend. Every call creates another note (not idempotent).
 *   <li>{@link #update}: applies the change, finds the tags again when the content changes, and
 *       moves the updated time forward (never before the created time). Archiving and restoring are
 *       changes of state. {@link Failure.NotFound} for an unknown id, with nothing changed.
 *   <li>{@link #delete}: removes the note for good; its attachments are deleted or detached with it
 *       (Memos deletes them). {@link Failure.NotFound} for an unknown or already deleted note.
 * </ul>
 */
public interface Notes {

  Either<Failure, Page<Note>> list(NoteQuery query, PageRequest page);

  Either<Failure, Note> get(NoteId id);

  Either<Failure, Note> create(NoteDraft draft);

  Either<Failure, Note> update(NoteId id, NoteChange change);

  Either<Failure, Done> delete(NoteId id);
}
