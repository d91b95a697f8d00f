package dev.memkit.port;

import dev.memkit.domain.note.Note;
import io.vavr.control.Either;

/**
 * Finds notes by their text (on Memos a {@code content.contains(...)} filter; there is no search
 * endpoint).
 *
 * <p>Contract: {@link #search} returns the notes that are not archived, contain the query's text
 * ignoring case, and carry its tag if it has one; newest first by creation time, paged as in {@link
 * Notes#list}. Case is ignored at least for ASCII letters; whether other scripts fold case depends
 * on the backend (SQLite's {@code LIKE} folds ASCII only). No hit gives one empty last page.
 */
public interface NoteSearch {

  Either<Failure, Page<Note>> search(SearchQuery query, PageRequest page);
}
