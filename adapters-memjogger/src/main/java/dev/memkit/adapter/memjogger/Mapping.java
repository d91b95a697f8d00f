package dev.memkit.adapter.memjogger;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * From Memjogger's JSON to domain values, checking what the document promises: a missing id, an
 * invalid name or content, a date that is not {@code %Y-%m-%d} is an {@link Failure.Unexpected}
 * answer rather than an exception. Dates are study days in the user's zone; a card's due instant is
 * the start of its {@code next_exam_date} there.
 */
final class Mapping {

  private final StudyDay days;
  private final FreshCards fresh;

  Mapping(StudyDay days, FreshCards fresh) {
    this.days = days;
    this.fresh = fresh;
  }

  Either<Failure, Deck> deck(Wire.@Nullable CardSet set) {
    if (set == null || set.id() == null || set.name() == null) {
      return unexpected("a card set without id or name");
    }
    long id = set.id();
    return DeckName.of(set.name())
        .toEither()
        .<Failure>mapLeft(problems -> unexpectedFailure("card set " + id + " has an invalid name"))
        .map(name -> Deck.of(DeckId.of(Long.toString(id)), name));
  }

  Either<Failure, Card> card(Wire.@Nullable Card card) {
    if (card == null || card.id() == null || card.cardSetId() == null) {
      return unexpected("a card without id or card set");
    }
    long id = card.id();
    Either<Failure, CardContent> content =
        CardContent.of(text(card.q()), text(card.a()))
            .toEither()
            .mapLeft(problems -> unexpectedFailure("card " + id + " has invalid content"));
    return content.flatMap(
        valid ->
            date(card.nextExamDate())
                .map(
                    next ->
                        Card.of(
                            CardId.of(Long.toString(id)),
                            DeckId.of(Long.toString(card.cardSetId())),
                            valid,
                            state(id, next))));
  }

  /** A card of this process that was never marked is fresh; any other only Memjogger knows. */
  ReviewState state(long id, LocalDate next) {
    return fresh.isFresh(id)
        ? new ReviewState.Fresh(days.startOf(next))
        : new ReviewState.Scheduled(days.startOf(next));
  }

  static Either<Failure, LocalDate> date(@Nullable String value) {
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return unexpected("a date that is not YYYY-MM-DD");
    }
    return Try.of(() -> LocalDate.parse(value))
        .toEither()
        .mapLeft(error -> unexpectedFailure("a date that is not YYYY-MM-DD"));
  }

  /** Every item mapped, or the first failure. */
  static <A, B> Either<Failure, List<B>> all(
      @Nullable List<A> items, Function<A, Either<Failure, B>> map) {
    if (items == null) {
      return unexpected("a list is missing");
    }
    List<B> mapped = new ArrayList<>(items.size());
    for (A item : items) {
      Either<Failure, B> one = map.apply(item);
      if (one.isLeft()) {
        return Either.left(one.getLeft());
      }
      mapped.add(one.get());
    }
    return Either.right(List.copyOf(mapped));
  }

  static <T> Either<Failure, T> unexpected(String what) {
    return Either.left(unexpectedFailure(what));
  }

  static Failure unexpectedFailure(String what) {
    // Only successful answers are mapped: the status was 200.
    return new Failure.Unexpected(
        Origin.remote(Errors.BACKEND, 200, Option.none()), "Memjogger answered " + what);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
