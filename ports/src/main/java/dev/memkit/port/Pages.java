package dev.memkit.port;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks every page of a listing lazily: one page is in memory at a time, and the next is fetched
 * only when the stream reaches it. A failure part way is not swallowed: it becomes the last element
 * of the stream, so a caller can tell "no more items" from "could not fetch more".
 */
public final class Pages {

  private Pages() {}

  /**
   * Every item of every page, starting with {@code first}, as {@code Right(item)}; a failure to
   * fetch a page ends the stream with one {@code Left(failure)}.
   */
  public static <T> Stream<Either<Failure, T>> stream(
      PageRequest first, Function<PageRequest, Either<Failure, Page<T>>> fetch) {
    Iterator<Either<Failure, T>> iterator = new PageIterator<>(first, fetch);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Every item of every page in one list, or the first failure. Meant for listings known to be
   * small; prefer {@link #stream} for anything that may be large.
   */
  public static <T> Either<Failure, List<T>> all(
      PageRequest first, Function<PageRequest, Either<Failure, Page<T>>> fetch) {
    List<T> items = new ArrayList<>();
    Iterator<Either<Failure, T>> iterator = new PageIterator<>(first, fetch);
    while (iterator.hasNext()) {
      Either<Failure, T> next = iterator.next();
      if (next.isLeft()) {
        return Either.left(next.getLeft());
      }
      items.add(next.get());
    }
    return Either.right(List.copyOf(items));
  }

  private static final class PageIterator<T> implements Iterator<Either<Failure, T>> {
    private final Function<PageRequest, Either<Failure, Page<T>>> fetch;
    private Option<PageRequest> pending;
    private Iterator<T> current = java.util.Collections.emptyIterator();
    private Option<Failure> failure = Option.none();
    private boolean done;

    PageIterator(PageRequest first, Function<PageRequest, Either<Failure, Page<T>>> fetch) {
      this.fetch = fetch;
      this.pending = Option.some(first);
    }

    @Override
    public boolean hasNext() {
      while (!done && !current.hasNext() && failure.isEmpty() && pending.isDefined()) {
        PageRequest request = pending.get();
        Either<Failure, Page<T>> page = fetch.apply(request);
        if (page.isLeft()) {
          failure = Option.some(page.getLeft());
          pending = Option.none();
        } else {
          current = page.get().items().iterator();
          Option<Cursor> next = page.get().next();
          if (next.isDefined() && request.cursor().contains(next.get())) {
            // A backend that hands back the cursor it was given would loop forever; that is a
            // fault, not the end.
            failure =
                Option.some(
                    new Failure.Unexpected(
                        Origin.local("pages"), "the listing returned the same cursor twice"));
            pending = Option.none();
          } else {
            pending = next.map(request::next);
          }
        }
      }
      return !done && (current.hasNext() || failure.isDefined());
    }

    @Override
    public Either<Failure, T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (current.hasNext()) {
        return Either.right(current.next());
      }
      done = true;
      return Either.left(failure.get());
    }
  }
}
