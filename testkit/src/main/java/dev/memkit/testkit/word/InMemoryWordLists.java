package dev.memkit.testkit.word;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.word.WordList;
import dev.memkit.domain.word.WordListContent;
import dev.memkit.domain.word.WordListDraft;
import dev.memkit.domain.word.WordListId;
import dev.memkit.domain.word.WordListSummary;
import dev.memkit.port.Cursor;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.WordLists;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * {@link WordLists} of an {@link InMemoryWordBackend}. Like MaiMemo it serves at most {@value
 * #MAX_PAGE} lists per page (oldest first, the cursor is an offset), stores content as text, and
 * replaces the whole list on update; unlike MaiMemo it checks the version and writes in one step.
 * Every write moves {@code updated} forward, even when the test clock stands still.
 */
public final class InMemoryWordLists implements WordLists, FaultInjectable {

  /** MaiMemo answers HTTP 400 above ten per request. */
  public static final int MAX_PAGE = 10;

  private final WordState state;
  private final Faults faults;

  InMemoryWordLists(WordState state, Faults faults) {
    this.state = state;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, Page<WordListSummary>> list(PageRequest page) {
    return faults.run(
        () -> {
          synchronized (state) {
            return offset(page.cursor())
                .map(
                    from -> {
                      List<WordList> all = List.copyOf(state.wordLists.values());
                      int to = Math.min(all.size(), from + Math.min(page.size(), MAX_PAGE));
                      List<WordListSummary> items =
                          all.subList(Math.min(from, to), to).stream()
                              .map(WordList::summary)
                              .toList();
                      Option<Cursor> next =
                          to < all.size()
                              ? Option.some(new Cursor(Integer.toString(to)))
                              : Option.none();
                      return Page.of(items, next);
                    });
          }
        });
  }

  @Override
  public Either<Failure, WordList> get(WordListId id) {
    return faults.run(
        () -> {
          synchronized (state) {
            return existing(id);
          }
        });
  }

  @Override
  public Either<Failure, WordList> create(WordListDraft draft) {
    return faults.run(
        () -> {
          synchronized (state) {
            return WordState.valid(draft.validate())
                .map(
                    valid -> {
                      var id = new WordListId(state.nextId("np-"));
                      var now = state.stamp();
                      var created =
                          new WordList(
                              id,
                              draft.title(),
                              draft.brief(),
                              draft.tags(),
                              draft.status(),
                              transported(draft.content()),
                              now,
                              now);
                      state.wordLists.put(id, created);
                      return created;
                    });
          }
        });
  }

  @Override
  public Either<Failure, WordList> update(WordList edited) {
    return faults.run(
        () -> {
          synchronized (state) {
            return WordState.valid(edited.draft().validate())
                .flatMap(valid -> existing(edited.id()))
                .flatMap(
                    stored -> {
                      if (!stored.updated().equals(edited.updated())) {
                        return Either.left(
                            new Failure.Conflict(
                                WordState.ORIGIN,
                                "word list "
                                    + edited.id()
                                    + " changed at "
                                    + stored.updated()
                                    + ", after it was read (version "
                                    + edited.updated()
                                    + "); read it again and redo the edit"));
                      }
                      var updated =
                          new WordList(
                              stored.id(),
                              edited.title(),
                              edited.brief(),
                              edited.tags(),
                              edited.status(),
                              transported(edited.content()),
                              stored.created(),
                              state.stamp());
                      state.wordLists.put(stored.id(), updated);
                      return Either.right(updated);
                    });
          }
        });
  }

  @Override
  public Either<Failure, Done> delete(WordListId id) {
    return faults.run(
        () -> {
          synchronized (state) {
            return existing(id)
                .map(
                    old -> {
                      state.wordLists.remove(id);
                      return Done.DONE;
                    });
          }
        });
  }

  /** The service keeps only the text; what reads back is that text parsed again. */
  private static WordListContent transported(WordListContent content) {
    return WordListContent.parse(content.render());
  }

  private Either<Failure, WordList> existing(WordListId id) {
    WordList found = state.wordLists.get(id);
    return found != null ? Either.right(found) : WordState.notFound("word list " + id);
  }

  private static Either<Failure, Integer> offset(Option<Cursor> cursor) {
    if (cursor.isEmpty()) {
      return Either.right(0);
    }
    try {
      int offset = Integer.parseInt(cursor.get().value());
      if (offset >= 0) {
        return Either.right(offset);
      }
    } catch (NumberFormatException e) {
      // answered below, like any other cursor this fake did not hand out
    }
    return WordState.valid(Check.invalid("cursor", "is not a cursor this listing handed out"));
  }
}
