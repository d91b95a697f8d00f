package dev.memkit.testkit.card;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.Scheduler;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Cursor;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.port.ImportBatch;
import dev.memkit.port.Origin;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The data behind one {@link InMemoryCardBackend}, shared by its ports. Every method holds the
 * store's lock, so each port call is atomic. Ids are numbers counted up from 1, never reused, like
 * Memjogger's; card ids double as paging cursors. Each deck has a scheduler kind (the default kind
 * when created); marks use the scheduler of the card's deck's kind.
 */
final class CardStore {

  static final Origin ORIGIN = Origin.local("fake");

  /** The most cards one page holds, whatever the request asks for. */
  static final int MAX_PAGE_SIZE = 100;

  static final String SUBSCRIPTION_REQUIRED = "subscription required";

  private final Clock clock;
  private final Map<SchedulerKind, Scheduler> schedulers;
  private final SchedulerKind defaultKind;
  private final StudyDay studyDay;

  private final Map<DeckId, Deck> decks = new LinkedHashMap<>();
  private final Map<DeckId, SchedulerKind> deckKinds = new LinkedHashMap<>();
  private final TreeMap<Long, Card> cards = new TreeMap<>();
  private final List<Review> history = new ArrayList<>();
  private long lastDeckId;
  private long lastCardId;
  private boolean subscribed = true;

  /** {@code schedulers} holds one scheduler for every {@link SchedulerKind}. */
  CardStore(
      Clock clock,
      Map<SchedulerKind, Scheduler> schedulers,
      SchedulerKind defaultKind,
      StudyDay studyDay) {
    this.clock = clock;
    this.schedulers = new EnumMap<>(schedulers);
    if (!this.schedulers.keySet().containsAll(List.of(SchedulerKind.values()))) {
      throw new IllegalArgumentException("a scheduler for every kind is needed: " + schedulers);
    }
    this.defaultKind = defaultKind;
    this.studyDay = studyDay;
  }

  StudyDay studyDay() {
    return studyDay;
  }

  SchedulerKind defaultKind() {
    return defaultKind;
  }

  Scheduler scheduler(SchedulerKind kind) {
    return schedulers.get(kind);
  }

  synchronized LocalDate today() {
    return studyDay.dayOf(clock.instant());
  }

  synchronized void subscription(boolean active) {
    subscribed = active;
  }

  synchronized List<Review> history() {
    return List.copyOf(history);
  }

  // Decks

  synchronized Either<Failure, List<Deck>> decks() {
    return Either.right(List.copyOf(decks.values()));
  }

  synchronized Either<Failure, Deck> deck(DeckId id) {
    return Option.of(decks.get(id)).toEither(() -> deckNotFound(id));
  }

  synchronized Either<Failure, Deck> createDeck(DeckName name) {
    return writable()
        .flatMap(ok -> nameFree(name, Option.none()))
        .map(
            ok -> {
              Deck deck = Deck.of(DeckId.of(Long.toString(++lastDeckId)), name);
              decks.put(deck.id(), deck);
              deckKinds.put(deck.id(), defaultKind);
              return deck;
            });
  }

  synchronized Either<Failure, Deck> renameDeck(DeckId id, DeckName name) {
    return writable()
        .flatMap(ok -> deck(id))
        .flatMap(deck -> nameFree(name, Option.some(id)).map(ok -> deck.withName(name)))
        .peek(renamed -> decks.put(id, renamed));
  }

  synchronized Either<Failure, Done> deleteDeck(DeckId id) {
    return writable()
        .flatMap(ok -> deck(id))
        .map(
            deck -> {
              decks.remove(id);
              deckKinds.remove(id);
              cards.values().removeIf(card -> card.deck().equals(id));
              return Done.DONE;
            });
  }

  // Cards

  synchronized Either<Failure, Page<Card>> cards(DeckId deck, PageRequest request) {
    return deck(deck).flatMap(ok -> page(deck, card -> true, request));
  }

  synchronized Either<Failure, Page<Card>> dueCards(
      DeckId deck, LocalDate day, PageRequest request) {
    Instant end = studyDay.startOf(day.plusDays(1));
    return deck(deck).flatMap(ok -> page(deck, card -> card.due().isBefore(end), request));
  }

  synchronized Either<Failure, Card> card(CardId id) {
    return seqOf(id).flatMap(seq -> Option.of(cards.get(seq))).toEither(() -> cardNotFound(id));
  }

  synchronized Either<Failure, Card> addCard(DeckId deck, CardContent content) {
    return writable().flatMap(ok -> deck(deck)).map(ok -> newCard(deck, content, clock.instant()));
  }

  // Imports

  synchronized Either<Failure, ImportBatch> importBatch(DeckId deck, List<CardContent> contents) {
    return writable()
        .flatMap(ok -> deck(deck))
        .map(
            ok -> {
              Set<CardContent> present = new HashSet<>();
              for (Card card : cards.values()) {
                if (card.deck().equals(deck)) {
                  present.add(card.content());
                }
              }
              Instant now = clock.instant();
              List<Card> added = new ArrayList<>();
              List<CardContent> duplicates = new ArrayList<>();
              for (CardContent content : contents) {
                // add() is false for content already in the deck or earlier in this batch.
                if (present.add(content)) {
                  added.add(newCard(deck, content, now));
                } else {
                  duplicates.add(content);
                }
              }
              return new ImportBatch(added, duplicates);
            });
  }

  // Deck schedulers

  synchronized Either<Failure, SchedulerKind> deckScheduler(DeckId deck) {
    return deck(deck).map(ok -> deckKinds.get(deck));
  }

  synchronized Either<Failure, Done> useScheduler(DeckId deck, SchedulerKind kind) {
    return deck(deck)
        .map(
            ok -> {
              deckKinds.put(deck, kind);
              return Done.DONE;
            });
  }

  // Review history

  synchronized Either<Failure, List<Review>> history(CardId id) {
    return card(id)
        .map(card -> history.stream().filter(review -> review.card().equals(id)).toList());
  }

  synchronized Either<Failure, Card> editCard(CardId id, CardContent content) {
    return writable().flatMap(ok -> card(id)).map(card -> store(card.withContent(content)));
  }

  synchronized Either<Failure, Done> deleteCard(CardId id) {
    return writable()
        .flatMap(ok -> card(id))
        .map(
            card -> {
              cards.remove(seqOf(id).get());
              return Done.DONE;
            });
  }

  // Reviews

  synchronized Either<Failure, LocalDate> mark(CardId id, Grade grade) {
    // Memjogger does not list marking among the operations that need a subscription.
    return card(id)
        .map(
            card -> {
              Instant now = clock.instant();
              Scheduler scheduler = schedulers.get(deckKinds.get(card.deck()));
              ReviewState after = scheduler.review(card.state(), grade, now);
              store(card.withState(after));
              history.add(Review.of(id, grade, now, card.state(), after));
              return studyDay.dayOf(after.due());
            });
  }

  synchronized Either<Failure, LocalDate> nextDue(CardId id) {
    return card(id).map(card -> studyDay.dayOf(card.due()));
  }

  // Forecasts

  synchronized Either<Failure, DueForecast> forecast(Option<DeckId> deck, int days) {
    Validation<Seq<Violation>, Integer> range = Check.range("days", days, 1, Forecasts.MAX_DAYS);
    if (range.isInvalid()) {
      return Either.left(new Failure.Invalid(ORIGIN, range.getError()));
    }
    if (deck.isDefined() && !decks.containsKey(deck.get())) {
      return Either.left(deckNotFound(deck.get()));
    }
    List<Instant> dues =
        cards.values().stream()
            .filter(card -> deck.forAll(card.deck()::equals))
            .map(Card::due)
            .toList();
    return Either.right(DueForecast.of(dues, studyDay, clock.instant(), days));
  }

  // Helpers

  private Either<Failure, Done> writable() {
    return subscribed
        ? Either.right(Done.DONE)
        : Either.left(new Failure.Forbidden(ORIGIN, SUBSCRIPTION_REQUIRED));
  }

  private Either<Failure, Done> nameFree(DeckName name, Option<DeckId> renaming) {
    boolean taken =
        decks.values().stream()
            .anyMatch(deck -> deck.name().equals(name) && !renaming.contains(deck.id()));
    return taken
        ? Either.left(new Failure.Conflict(ORIGIN, "a deck named \"" + name + "\" already exists"))
        : Either.right(Done.DONE);
  }

  private Card newCard(DeckId deck, CardContent content, Instant now) {
    long seq = ++lastCardId;
    Card card = Card.of(CardId.of(Long.toString(seq)), deck, content, new ReviewState.Fresh(now));
    cards.put(seq, card);
    return card;
  }

  private Card store(Card card) {
    cards.put(seqOf(card.id()).get(), card);
    return card;
  }

  private Either<Failure, Page<Card>> page(
      DeckId deck, Predicate<Card> wanted, PageRequest request) {
    // The cursor is the id of the last card handed out, so deleting cards mid-walk skips none.
    Option<Long> after =
        request.cursor().isEmpty()
            ? Option.some(0L)
            : Try.of(() -> Long.parseLong(request.cursor().get().value()))
                .toOption()
                .filter(seq -> seq >= 0);
    if (after.isEmpty()) {
      return Either.left(
          new Failure.Invalid(
              ORIGIN,
              io.vavr.collection.List.of(
                  Violation.of("cursor", "is not a cursor of this listing"))));
    }
    int size = Math.min(request.size(), MAX_PAGE_SIZE);
    List<Card> items = new ArrayList<>();
    boolean more = false;
    for (Card card : cards.tailMap(after.get(), false).values()) {
      if (card.deck().equals(deck) && wanted.test(card)) {
        if (items.size() == size) {
          more = true;
          break;
        }
        items.add(card);
      }
    }
    Option<Cursor> next =
        more ? Option.some(new Cursor(items.get(items.size() - 1).id().value())) : Option.none();
    return Either.right(Page.of(items, next));
  }

  private static Option<Long> seqOf(CardId id) {
    return Try.of(() -> Long.parseLong(id.value())).toOption();
  }

  private static Failure deckNotFound(DeckId id) {
    return new Failure.NotFound(ORIGIN, "deck " + id);
  }

  private static Failure cardNotFound(CardId id) {
    return new Failure.NotFound(ORIGIN, "card " + id);
  }
}
