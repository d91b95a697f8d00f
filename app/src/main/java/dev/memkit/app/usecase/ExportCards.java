package dev.memkit.app.usecase;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.Deck;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Walks the cards of one deck, or of every deck, page by page: one page in memory at a time, so a
 * deck of 100,000 cards exports in constant memory. Each card comes with the day it is next due in
 * the user's zone (the schedulers make review-phase cards due at the start of a study day, so this
 * is the study day the backend reports).
 */
public final class ExportCards {

  /** Cards fetched per page. */
  static final int PAGE_SIZE = 500;

  private final Decks decks;
  private final Cards cards;
  private final ZoneId zone;

  public ExportCards(Decks decks, Cards cards, ZoneId zone) {
    this.decks = Objects.requireNonNull(decks);
    this.cards = Objects.requireNonNull(cards);
    this.zone = Objects.requireNonNull(zone);
  }

  /**
   * Every card of {@code deck} (every deck's, in the backend's deck order, when none), lazily; a
   * failure ends the stream with one {@code Left}.
   */
  public Stream<Either<Failure, Exported>> cards(Option<Deck> deck) {
    Either<Failure, List<Deck>> chosen =
        deck.isDefined() ? Either.right(List.of(deck.get())) : decks.list();
    if (chosen.isLeft()) {
      return Stream.of(Either.left(chosen.getLeft()));
    }
    return chosen.get().stream()
        .flatMap(
            d ->
                Pages.stream(PageRequest.first(PAGE_SIZE), page -> cards.list(d.id(), page))
                    .map(card -> card.map(c -> new Exported(c, d, dueDay(c)))))
        .takeWhile(new UntilFirstFailure());
  }

  private LocalDate dueDay(Card card) {
    return LocalDate.ofInstant(card.due(), zone);
  }

  /** A card, its deck and the day it is next due. */
  public record Exported(Card card, Deck deck, LocalDate due) {
    public Exported {
      Objects.requireNonNull(card, "card");
      Objects.requireNonNull(deck, "deck");
      Objects.requireNonNull(due, "due");
    }
  }

  /** Lets elements through up to and including the first failure. */
  private static final class UntilFirstFailure
      implements java.util.function.Predicate<Either<Failure, Exported>> {
    private boolean failed;

    @Override
    public boolean test(Either<Failure, Exported> item) {
      if (failed) {
        return false;
      }
      failed = item.isLeft();
      return true;
    }
  }
}
