package dev.memkit.port;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a listing and, unless it is the last, the cursor of the next one. */
public record Page<T>(List<T> items, Option<Cursor> next) {

  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }

  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, Option.none());
  }

  public static <T> Page<T> of(List<T> items, Option<Cursor> next) {
    return new Page<>(items, next);
  }

  public boolean isLast() {
    return next.isEmpty();
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next);
  }
}
