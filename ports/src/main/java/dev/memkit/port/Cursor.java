package dev.memkit.port;

import java.util.Objects;

/**
 * An opaque position in a paged listing, handed out by a backend in a {@link Page} and handed back
 * to get the next page. Callers may store it to resume later; only the backend that issued it
 * understands it.
 */
public record Cursor(String value) {

  public Cursor {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "a cursor is never empty: the last page has no next cursor");
    }
  }
}
