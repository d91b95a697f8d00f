package dev.memkit.adapter.local;

import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Ids and cursors of the store. Every id is the decimal row id of its table; a value that is not
 * one (or names no row) is simply not found. Listings by id hand out the last id of a page as the
 * next cursor, so deleting cards while paging skips none.
 */
final class Keys {

  /** The most items one page holds, whatever the request asks for. */
  static final int MAX_PAGE_SIZE = 500;

  private static final int MAX_DIGITS = 18;

  private Keys() {}

  /** The row id {@code value} stands for, if it is a plain decimal number. */
  static Option<Long> parse(String value) {
    if (value.isEmpty() || value.length() > MAX_DIGITS) {
      return Option.none();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return Option.none();
      }
    }
    return Option.some(Long.parseLong(value));
  }

  static String of(long key) {
    return Long.toString(key);
  }

  /** The items of a page: what was asked for, at most {@link #MAX_PAGE_SIZE}. */
  static int pageSize(PageRequest page) {
    return Math.min(page.size(), MAX_PAGE_SIZE);
  }

  /** The id after which a listing by id goes on: 0 for the first page. */
  static Either<Failure, Long> after(PageRequest page) {
    if (page.cursor().isEmpty()) {
      return Either.right(0L);
    }
    return parse(page.cursor().get().value()).toEither(Keys::invalidCursor);
  }

  static Failure invalidCursor() {
    return new Failure.Invalid(
        Database.ORIGIN,
        io.vavr.collection.List.of(Violation.of("cursor", "was not handed out by this listing")));
  }

  static Failure notFound(String what) {
    return new Failure.NotFound(Database.ORIGIN, what);
  }
}
