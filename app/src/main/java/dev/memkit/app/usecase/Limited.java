package dev.memkit.app.usecase;

import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/** The first items of a paged listing, fetching no page beyond those needed. */
final class Limited {

  /** The largest page asked for; backends may answer with less. */
  private static final int MAX_PAGE = 100;

  private Limited() {}

  static <T> Either<Failure, List<T>> first(
      int limit, Function<PageRequest, Either<Failure, Page<T>>> fetch) {
    return Problems.positive("limit", limit)
        .flatMap(
            ok -> {
              List<T> items = new ArrayList<>();
              Iterator<Either<Failure, T>> all =
                  Pages.stream(PageRequest.first(Math.min(limit, MAX_PAGE)), fetch)
                      .limit(limit)
                      .iterator();
              while (all.hasNext()) {
                Either<Failure, T> next = all.next();
                if (next.isLeft()) {
                  return Either.left(next.getLeft());
                }
                items.add(next.get());
              }
              return Either.right(List.copyOf(items));
            });
  }
}
