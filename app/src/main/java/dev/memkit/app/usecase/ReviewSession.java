package dev.memkit.app.usecase;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.port.Reviews;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sitting of reviews: the cards due today (overdue ones included) in one deck or every deck, at
 * most a limit, each graded through {@link Reviews#mark}, which saves the review at once, so a
 * session that ends early (a quit key, Ctrl-C, a crash) keeps every answer given. "Today" is the
 * backend's study day, as its forecast reports it. Keeps the tally for the summary. Not
 * thread-safe: a session is one person's.
 */
public final class ReviewSession {

  private final Reviews reviews;
  private final List<Card> due;
  private final LocalDate today;
  private final Map<Grade, Integer> perGrade = new EnumMap<>(Grade.class);
  private final List<LocalDate> nextDues = new ArrayList<>();

  private ReviewSession(Reviews reviews, List<Card> due, LocalDate today) {
    this.reviews = reviews;
    this.due = List.copyOf(due);
    this.today = today;
  }

  /**
   * A session over the cards of {@code deck} (every deck when none) due today or before, at most
   * {@code limit} ({@code Invalid} with the field {@code limit} below 1), in the backend's deck and
   * card order.
   */
  public static Either<Failure, ReviewSession> start(
      Decks decks,
      Cards cards,
      Reviews reviews,
      Forecasts forecasts,
      Option<Deck> deck,
      int limit) {
    return Problems.positive("limit", limit)
        .flatMap(ok -> forecasts.forecast(deck.map(Deck::id), 1).map(DueForecast::today))
        .flatMap(
            today ->
                (deck.isDefined()
                        ? Either.<Failure, List<Deck>>right(List.of(deck.get()))
                        : decks.list())
                    .flatMap(chosen -> dueCards(cards, chosen, today, limit))
                    .map(due -> new ReviewSession(reviews, due, today)));
  }

  private static Either<Failure, List<Card>> dueCards(
      Cards cards, List<Deck> decks, LocalDate today, int limit) {
    List<Card> due = new ArrayList<>();
    for (Deck deck : decks) {
      if (due.size() >= limit) {
        break;
      }
      DeckId id = deck.id();
      Either<Failure, List<Card>> deckDue =
          Limited.first(limit - due.size(), page -> cards.listDue(id, today, page));
      if (deckDue.isLeft()) {
        return Either.left(deckDue.getLeft());
      }
      due.addAll(deckDue.get());
    }
    return Either.right(due);
  }

  /** The cards to review, in order. */
  public List<Card> cards() {
    return due;
  }

  /** The backend's study day the session counts as today. */
  public LocalDate today() {
    return today;
  }

  /**
   * Grades the card, saving the review, and returns the day it is next due. A failure records
   * nothing in the tally.
   */
  public Either<Failure, LocalDate> grade(CardId card, Grade grade) {
    return reviews
        .mark(card, grade)
        .peek(
            next -> {
              perGrade.merge(grade, 1, Integer::sum);
              nextDues.add(next);
            });
  }

  public Summary summary() {
    Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      counts.put(grade, perGrade.getOrDefault(grade, 0));
    }
    return new Summary(
        nextDues.size(),
        due.size() - nextDues.size(),
        Collections.unmodifiableMap(counts),
        Option.ofOptional(nextDues.stream().min(LocalDate::compareTo)));
  }

  /**
   * What a session did: cards reviewed, cards left unreviewed, how many got each grade (every grade
   * present, zeros included, in grade order), and the earliest day a reviewed card is due again.
   */
  public record Summary(
      int reviewed, int left, Map<Grade, Integer> perGrade, Option<LocalDate> nextDue) {

    public Summary {
      perGrade = Collections.unmodifiableMap(new EnumMap<>(perGrade));
      Objects.requireNonNull(nextDue, "nextDue");
    }
  }
}
