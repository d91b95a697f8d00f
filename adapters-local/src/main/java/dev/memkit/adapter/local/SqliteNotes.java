package dev.memkit.adapter.local;

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
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Notes} in the store. Notes have no attachments here; tags are found in the content when it
 * is written and kept in {@code note_tags}. Ids are row ids, never reused.
 */
final class SqliteNotes implements Notes {

  private final Database database;

  SqliteNotes(Database database) {
    this.database = database;
  }

  @Override
  public Either<Failure, Page<Note>> list(NoteQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    where.add("1 = 1");
    if (query.state().isDefined()) {
      where.add("n.state = :state");
      parameters.put("state", query.state().get().name());
    }
    if (query.visibility().isDefined()) {
      where.add("n.visibility = :visibility");
      parameters.put("visibility", query.visibility().get().name());
    }
    if (query.pinnedOnly()) {
      where.add("n.pinned = 1");
    }
    if (query.tag().isDefined()) {
      where.add("EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = :tag)");
      parameters.put("tag", query.tag().get().value());
    }
    return database.read(
        handle ->
            NoteRows.page(
                handle, "notes", String.join(" AND ", where), parameters, query.order(), page));
  }

  @Override
  public Either<Failure, Note> get(NoteId id) {
    Objects.requireNonNull(id, "id");
    return database.read(handle -> NoteRows.note(handle, id));
  }

  @Override
  public Either<Failure, Note> create(NoteDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return database.write(
        handle -> {
          Instant now = database.now();
          // The id is the row's; the note value is built once it is known.
          Note unsaved = Note.created(new NoteId("new"), draft, now);
          long id = NoteRows.insert(handle, unsaved);
          NoteRows.replaceTags(handle, id, unsaved.tags());
          return Either.right(Note.created(new NoteId(Keys.of(id)), draft, now));
        });
  }

  @Override
  public Either<Failure, Note> update(NoteId id, NoteChange change) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
    return database.write(
        handle ->
            NoteRows.note(handle, id)
                .map(
                    note -> {
                      // The updated time only moves forward, even if the clock was set back.
                      Instant now = database.now();
                      Note changed =
                          change.applyTo(note, now.isAfter(note.updated()) ? now : note.updated());
                      long key = Keys.parse(id.value()).get();
                      NoteRows.update(handle, key, changed);
                      if (change.changesContent()) {
                        NoteRows.replaceTags(handle, key, changed.tags());
                      }
                      return changed;
                    }));
  }

  @Override
  public Either<Failure, Done> delete(NoteId id) {
    Objects.requireNonNull(id, "id");
    return database.write(
        handle -> {
          int deleted =
              Keys.parse(id.value())
                  .map(key -> handle.execute("DELETE FROM notes WHERE id = ?", key))
                  .getOrElse(0);
          return deleted == 1 ? Either.right(Done.DONE) : Either.left(NoteRows.notFound(id));
        });
  }
}
