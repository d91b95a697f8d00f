package dev.memkit.port;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Which page to fetch: from the start or from a cursor, with at most {@code size} items. A backend
 * may return fewer items than asked for (its own maximum), and a short page is not the end: only a
 * missing next cursor is.
 */
public record PageRequest(Option<Cursor> cursor, int size) {

  public static final int DEFAULT_SIZE = 50;

  public PageRequest {
    Objects.requireNonNull(cursor, "cursor");
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1, was " + size);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(Option.none(), size);
  }

  public static PageRequest first() {
    return first(DEFAULT_SIZE);
  }

  public static PageRequest after(Cursor cursor, int size) {
    return new PageRequest(Option.some(cursor), size);
  }

  public PageRequest next(Cursor next) {
    return new PageRequest(Option.some(next), size);
  }
}
