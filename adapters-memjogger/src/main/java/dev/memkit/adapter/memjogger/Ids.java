package dev.memkit.adapter.memjogger;

import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/**
 * Memjogger's ids are numbers. An id that is not one cannot name anything there, so it is {@link
 * Failure.NotFound} at once, without a request.
 */
final class Ids {

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

  private Ids() {}

  static Either<Failure, Long> deck(DeckId id) {
    return parse(id.value(), "deck " + id.value());
  }

  static Either<Failure, Long> card(CardId id) {
    return parse(id.value(), "card " + id.value());
  }

  private static Either<Failure, Long> parse(String value, String what) {
    return NUMBER.matcher(value).matches()
        ? Either.right(Long.parseLong(value))
        : Either.left(new Failure.NotFound(Errors.local(), what));
  }
}
