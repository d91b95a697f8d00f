package dev.memkit.adapter.memos;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteState;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.SearchQuery;
import io.vavr.control.Either;
import java.util.List;

/** {@link NoteSearch} as a memo listing filtered by {@code content.contains(...)}. */
final class MemosNoteSearch implements NoteSearch {

  private final MemosNotes notes;

  MemosNoteSearch(MemosNotes notes) {
    this.notes = notes;
  }

  @Override
  public Either<Failure, Page<Note>> search(SearchQuery query, PageRequest page) {
    Cel filter = new Cel().contains(query.text());
    query.tag().forEach(filter::tag);
    return notes.listing(filter, NoteOrder.newestFirst(), List.of(NoteState.NORMAL), page);
  }
}
