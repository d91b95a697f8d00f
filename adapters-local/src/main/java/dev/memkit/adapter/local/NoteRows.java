package dev.memkit.adapter.local;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Visibility;
import dev.memkit.port.Cursor;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reading and writing notes with their tags, shared by the note ports. Listings page by keyset: the
 * next cursor holds the sort key of the last note handed out (listing, order, then the key), so a
 * page costs the same wherever it starts and ties (equal times) break by id, the same way on every
 * page.
 */
final class NoteRows {

  private static final String COLUMNS =
      "n.id, n.content, n.visibility, n.pinned, n.state, n.created_at, n.updated_at";

  private NoteRows() {}

  /** A note's row, before its tags are attached. */
  private record Row(
      long id,
      String content,
      Visibility visibility,
      boolean pinned,
      NoteState state,
      Instant created,
      Instant updated,
      List<Long> key) {}

  /** The content as search compares it: lower case in every script, whatever the locale. */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static Either<Failure, Note> note(Handle handle, NoteId id) {
    Option<Note> note =
        Keys.parse(id.value())
            .flatMap(
                key -> {
                  List<Row> rows =
                      rows(
                          handle
                              .createQuery(
                                  "SELECT "
                                      + COLUMNS
                                      + ", 0 AS k1, 0 AS k2, 0 AS k3 FROM notes n WHERE n.id = ?")
                              .bind(0, key));
                  return rows.isEmpty()
                      ? Option.none()
                      : Option.some(withTags(handle, rows).get(0));
                });
    return note.toEither(() -> notFound(id));
  }

  static long insert(Handle handle, Note note) {
    handle.execute(
        "INSERT INTO notes (content, folded, visibility, pinned, state, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        note.content(),
        fold(note.content()),
        note.visibility().name(),
        note.pinned() ? 1 : 0,
        note.state().name(),
        note.created().toEpochMilli(),
        note.updated().toEpochMilli());
    return handle.createQuery("SELECT last_insert_rowid()").mapTo(Long.class).one();
  }

  static void update(Handle handle, long id, Note note) {
    handle.execute(
        "UPDATE notes SET content = ?, folded = ?, visibility = ?, pinned = ?, state = ?,"
            + " updated_at = ? WHERE id = ?",
        note.content(),
        fold(note.content()),
        note.visibility().name(),
        note.pinned() ? 1 : 0,
        note.state().name(),
        note.updated().toEpochMilli(),
        id);
  }

  static void replaceTags(Handle handle, long id, List<Tag> tags) {
    handle.execute("DELETE FROM note_tags WHERE note_id = ?", id);
    if (tags.isEmpty()) {
      return;
    }
    var batch =
        handle.prepareBatch("INSERT INTO note_tags (note_id, position, tag) VALUES (?, ?, ?)");
    for (int i = 0; i < tags.size(); i++) {
      batch.bind(0, id).bind(1, i).bind(2, tags.get(i).value()).add();
    }
    batch.execute();
  }

  /**
   * One page of the notes matching {@code where} (SQL over {@code notes n}, with named {@code
   * parameters}) in {@code order}; {@code listing} names the listing in its cursors.
   */
  static Either<Failure, Page<Note>> page(
      Handle handle,
      String listing,
      String where,
      Map<String, Object> parameters,
      NoteOrder order,
      PageRequest request) {
    String code =
        (order.by() == NoteOrder.Time.CREATED ? "c" : "u")
            + (order.ascending() ? "a" : "d")
            + (order.pinnedFirst() ? "p" : "");
    String k1 = order.pinnedFirst() ? "(1 - n.pinned)" : "0";
    String time = order.by() == NoteOrder.Time.CREATED ? "n.created_at" : "n.updated_at";
    String k2 = order.ascending() ? time : "-" + time;
    String k3 = order.ascending() ? "n.id" : "-n.id";
    Map<String, Object> bound = new HashMap<>(parameters);
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(", ")
            .append(k1)
            .append(" AS k1, ")
            .append(k2)
            .append(" AS k2, ")
            .append(k3)
            .append(" AS k3 FROM notes n WHERE ")
            .append(where);
    if (request.cursor().isDefined()) {
      Option<long[]> after = parseCursor(request.cursor().get(), listing, code);
      if (after.isEmpty()) {
        return Either.left(Keys.invalidCursor());
      }
      sql.append(" AND (").append(k1).append(", ").append(k2).append(", ").append(k3);
      sql.append(") > (:after1, :after2, :after3)");
      bound.put("after1", after.get()[0]);
      bound.put("after2", after.get()[1]);
      bound.put("after3", after.get()[2]);
    }
    int size = Keys.pageSize(request);
    sql.append(" ORDER BY k1, k2, k3 LIMIT :limit");
    bound.put("limit", size + 1);
    List<Row> rows = rows(handle.createQuery(sql.toString()).bindMap(bound));
    boolean more = rows.size() > size;
    List<Row> items = more ? rows.subList(0, size) : rows;
    Option<Cursor> next = Option.none();
    if (more) {
      List<Long> key = items.get(size - 1).key();
      next =
          Option.some(
              new Cursor(
                  listing + ":" + code + ":" + key.get(0) + ":" + key.get(1) + ":" + key.get(2)));
    }
    return Either.right(Page.of(withTags(handle, items), next));
  }

  private static Option<long[]> parseCursor(Cursor cursor, String listing, String code) {
    String[] parts = cursor.value().split(":", -1);
    if (parts.length != 5 || !parts[0].equals(listing) || !parts[1].equals(code)) {
      return Option.none();
    }
    try {
      return Option.some(
          new long[] {
            Long.parseLong(parts[2]), Long.parseLong(parts[3]), Long.parseLong(parts[4])
          });
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }

  private static List<Row> rows(Query query) {
    return query
        .map(
            (row, context) -> {
              try {
                return new Row(
                    row.getLong("id"),
                    row.getString("content"),
                    Visibility.valueOf(row.getString("visibility")),
                    row.getInt("pinned") == 1,
                    NoteState.valueOf(row.getString("state")),
                    Instant.ofEpochMilli(row.getLong("created_at")),
                    Instant.ofEpochMilli(row.getLong("updated_at")),
                    List.of(row.getLong("k1"), row.getLong("k2"), row.getLong("k3")));
              } catch (IllegalArgumentException e) {
                throw new StoreCorrupt("a note it cannot read: " + e.getMessage());
              }
            })
        .list();
  }

  /** The notes of {@code rows}, in the same order, with their tags from one query. */
  private static List<Note> withTags(Handle handle, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Tag>> tags = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>();
    for (Row row : rows) {
      ids.add(row.id());
      tags.put(row.id(), new ArrayList<>());
    }
    handle
        .createQuery(
            "SELECT note_id, tag FROM note_tags WHERE note_id IN (<ids>)"
                + " ORDER BY note_id, position")
        .bindList("ids", ids)
        .map((row, context) -> Map.entry(row.getLong(1), tag(row.getString(2))))
        .forEach(entry -> tags.get(entry.getKey()).add(entry.getValue()));
    List<Note> notes = new ArrayList<>(rows.size());
    for (Row row : rows) {
      notes.add(
          new Note(
              new NoteId(Keys.of(row.id())),
              row.content(),
              row.visibility(),
              row.pinned(),
              row.state(),
              tags.get(row.id()),
              List.of(),
              row.created(),
              row.updated()));
    }
    return notes;
  }

  private static Tag tag(String value) {
    try {
      return new Tag(value);
    } catch (IllegalArgumentException e) {
      throw new StoreCorrupt("a tag it cannot read: " + value);
    }
  }

  static Failure notFound(NoteId id) {
    return Keys.notFound("note " + id);
  }
}
