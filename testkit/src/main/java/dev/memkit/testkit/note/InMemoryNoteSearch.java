package dev.memkit.testkit.note;

import dev.memkit.domain.note.Note;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.SearchQuery;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * {@link NoteSearch} in memory, over the store it shares with the other fakes of an {@link
 * InMemoryNoteBackend}. Ignores case in every script ({@link SearchQuery#matches}), which the
 * contract does not require.
 */
public final class InMemoryNoteSearch implements NoteSearch, FaultInjectable {

  private final NoteStore store;
  private final Faults faults;

  InMemoryNoteSearch(NoteStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, Page<Note>> search(SearchQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    return faults.run(
        () -> {
          synchronized (store) {
            return NoteStore.page(
                store.notes(query::matches, NoteOrder.newestFirst()), page, "search");
          }
        });
  }
}
