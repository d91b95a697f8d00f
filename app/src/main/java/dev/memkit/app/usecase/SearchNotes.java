package dev.memkit.app.usecase;

import dev.memkit.domain.note.Note;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.SearchQuery;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/** Notes containing a text (ignoring case), optionally with a tag, newest first, up to a limit. */
public final class SearchNotes {

  private final NoteSearch search;

  public SearchNotes(NoteSearch search) {
    this.search = Objects.requireNonNull(search);
  }

  /** The hits; {@code Invalid} for blank text, a bad tag or a limit below 1. */
  public Either<Failure, List<Note>> run(String text, Option<String> tag, int limit) {
    return Problems.invalid(SearchQuery.of(text))
        .flatMap(query -> ListNotes.tagged(tag).map(t -> t.map(query::withTag).getOrElse(query)))
        .flatMap(query -> Limited.first(limit, page -> search.search(query, page)));
  }
}
