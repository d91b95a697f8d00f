package dev.memkit.adapter.local;

import dev.memkit.domain.note.Note;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.SearchQuery;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link NoteSearch} in the store: the query text, folded to lower case as the stored {@code
 * folded} content is, must occur in it ({@code instr}: no wildcards to escape), so case is ignored
 * in every script Java folds, not only ASCII. Newest first.
 */
final class SqliteNoteSearch implements NoteSearch {

  private final Database database;

  SqliteNoteSearch(Database database) {
    this.database = database;
  }

  @Override
  public Either<Failure, Page<Note>> search(SearchQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    StringBuilder where = new StringBuilder("n.state = 'NORMAL' AND instr(n.folded, :text) > 0");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("text", NoteRows.fold(query.text()));
    if (query.tag().isDefined()) {
      where.append(
          " AND EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = :tag)");
      parameters.put("tag", query.tag().get().value());
    }
    return database.read(
        handle ->
            NoteRows.page(
                handle, "search", where.toString(), parameters, NoteOrder.newestFirst(), page));
  }
}
