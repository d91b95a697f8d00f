package dev.memkit.app.usecase;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.Tag;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.Notes;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * The newest notes, normal or archived, optionally with one tag: at most a limit, fetching only the
 * pages needed.
 */
public final class ListNotes {

  private final Notes notes;

  public ListNotes(Notes notes) {
    this.notes = Objects.requireNonNull(notes);
  }

  /**
   * Up to {@code limit} notes, newest first; {@code Invalid} for a tag that breaks the rules or a
   * limit below 1.
   */
  public Either<Failure, List<Note>> run(Option<String> tag, boolean archived, int limit) {
    NoteQuery base = archived ? NoteQuery.archived() : NoteQuery.normal();
    return tagged(tag)
        .flatMap(
            t -> {
              NoteQuery query = t.map(base::withTag).getOrElse(base);
              return Limited.first(limit, page -> notes.list(query, page));
            });
  }

  /** A tag as typed, with or without its {@code #}. */
  static Either<Failure, Option<Tag>> tagged(Option<String> tag) {
    if (tag.isEmpty()) {
      return Either.right(Option.none());
    }
    String value = tag.get().strip();
    return Problems.invalid(Tag.of(value.startsWith("#") ? value.substring(1) : value))
        .map(Option::some);
  }
}
