package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.domain.schedule.Fsrs6Scheduler;
import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.Scheduler;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.Sm2State;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What the fake does beyond the contracts: Memjogger's specifics and the test hooks. */
class InMemoryCardBackendTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

  private final MutableClock clock = MutableClock.standard(); // Monday 2026-01-05 09:00 UTC
  private final InMemoryCardBackend backend =
      InMemoryCardBackend.create(clock, new VirtualSleeper(clock));

  @Test
  void shouldMakeANewCardDueNowWhenAdded() {
    Card card = success(backend.cards().add(newDeck(), aCardContent()));

    assertThat(card.state()).isEqualTo(new ReviewState.Fresh(clock.instant()));
    assertThat(success(backend.reviews().nextDue(card.id()))).isEqualTo(MONDAY);
    assertThat(success(backend.forecasts().forecast(Option.none(), 3)).dueToday()).isEqualTo(1);
  }

  @Test
  void shouldNumberIdsFromOneWhenCreatingLikeMemjogger() {
    DeckId deck = newDeck();
    Card first = success(backend.cards().add(deck, aCardContent()));
    Card second = success(backend.cards().add(deck, aCardContent()));

    assertThat(deck).isEqualTo(DeckId.of("1"));
    assertThat(List.of(first.id(), second.id())).containsExactly(CardId.of("1"), CardId.of("2"));
  }

  @Test
  void shouldScheduleWithSm2WhenNoSchedulerIsGiven() {
    CardId card = success(backend.cards().add(newDeck(), aCardContent())).id();

    LocalDate first = success(backend.reviews().mark(card, Grade.PERFECT));
    clock.advance(Duration.ofDays(1));
    LocalDate second = success(backend.reviews().mark(card, Grade.PERFECT));

    assertThat(backend.scheduler().name()).isEqualTo("sm2");
    assertThat(first).isEqualTo(MONDAY.plusDays(1));
    assertThat(second).isEqualTo(MONDAY.plusDays(1 + 6));
  }

  @Test
  void shouldRecordEveryMarkInTheHistoryWhenMarked() {
    Card card = success(backend.cards().add(newDeck(), aCardContent()));

    success(backend.reviews().mark(card.id(), Grade.CORRECT_WITH_DIFFICULTY));
    Instant second = clock.instant().plus(Duration.ofHours(30));
    clock.set(second);
    success(backend.reviews().mark(card.id(), Grade.BLACKOUT));

    List<Review> history = backend.history();
    assertThat(history).hasSize(2);
    Review first = history.get(0);
    assertThat(first.card()).isEqualTo(card.id());
    assertThat(first.grade()).isEqualTo(Grade.CORRECT_WITH_DIFFICULTY);
    assertThat(first.at()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    assertThat(first.before()).isEqualTo(card.state());
    assertThat(first.after()).isInstanceOf(Sm2State.class);
    assertThat(first.nextDue()).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
    assertThat(history.get(1).before()).isEqualTo(first.after());
    assertThat(history.get(1).at()).isEqualTo(second);
    assertThat(success(backend.cards().get(card.id())).state()).isEqualTo(history.get(1).after());
  }

  @Test
  void shouldRecordNothingWhenMarkingAMissingCard() {
    failure(backend.reviews().mark(CardId.of("404"), Grade.PERFECT), Failure.NotFound.class);

    assertThat(backend.history()).isEmpty();
  }

  @Test
  void shouldRollOverAtMidnightInTheClocksZoneWhenCountingDays() {
    MutableClock berlin =
        MutableClock.at(Instant.parse("2026-01-05T22:59:00Z"), ZoneId.of("Europe/Berlin"));
    InMemoryCardBackend local = InMemoryCardBackend.create(berlin, new VirtualSleeper(berlin));
    DeckId deck = success(local.decks().create(aDeckName())).id();
    CardId card = success(local.cards().add(deck, aCardContent())).id();
    assertThat(local.today()).isEqualTo(MONDAY); // 23:59 in Berlin

    berlin.advance(Duration.ofMinutes(2)); // 00:01 on Tuesday in Berlin, still Monday in UTC

    DueForecast forecast = success(local.forecasts().forecast(Option.none(), 2));
    assertThat(local.today()).isEqualTo(MONDAY.plusDays(1));
    assertThat(forecast.today()).isEqualTo(MONDAY.plusDays(1));
    assertThat(forecast.overdue()).isEqualTo(1);
    assertThat(success(local.reviews().nextDue(card))).isEqualTo(MONDAY);
  }

  @Test
  void shouldUseTheGivenSchedulerAndStudyDayWhenCreatedWithThem() {
    // 03:00 in Tokyo: still the previous study day with a 4 AM rollover.
    MutableClock tokyo =
        MutableClock.at(Instant.parse("2026-01-05T18:00:00Z"), ZoneId.of("Asia/Tokyo"));
    StudyDay fourAm = StudyDay.of(ZoneId.of("Asia/Tokyo"), LocalTime.of(4, 0));
    Scheduler threeDays = new FixedIntervalScheduler(Duration.ofDays(3));
    InMemoryCardBackend custom =
        InMemoryCardBackend.create(tokyo, new VirtualSleeper(tokyo), threeDays, fourAm);
    DeckId deck = success(custom.decks().create(aDeckName())).id();
    CardId card = success(custom.cards().add(deck, aCardContent())).id();

    LocalDate next = success(custom.reviews().mark(card, Grade.WRONG_BUT_EASY));

    assertThat(custom.today()).isEqualTo(MONDAY);
    assertThat(next).isEqualTo(MONDAY.plusDays(3));
    assertThat(custom.scheduler()).isSameAs(threeDays);
    assertThat(custom.studyDay()).isEqualTo(fourAm);
  }

  @Test
  void shouldKeepANewCardInTodaysLearningStepsWhenFsrsGradesItGood() {
    StudyDay utc = StudyDay.of(clock.getZone());
    InMemoryCardBackend fsrs =
        InMemoryCardBackend.create(clock, new VirtualSleeper(clock), Fsrs6Scheduler.create(), utc);
    DeckId deck = success(fsrs.decks().create(aDeckName())).id();
    CardId good = success(fsrs.cards().add(deck, aCardContent())).id();
    CardId easy = success(fsrs.cards().add(deck, aCardContent())).id();

    // Why the contracts grade PERFECT when they expect a later day: Good stays in learning.
    assertThat(success(fsrs.reviews().mark(good, Grade.CORRECT_AFTER_HESITATION)))
        .isEqualTo(MONDAY);
    assertThat(success(fsrs.reviews().mark(easy, Grade.PERFECT))).isAfter(MONDAY);
    assertThat(fsrs.history()).extracting(Review::after).allMatch(FsrsState.class::isInstance);
  }

  @Test
  void shouldCountACardAsOverdueWhenItsDayHasPassed() {
    DeckId deck = newDeck();
    CardId card = success(backend.cards().add(deck, aCardContent())).id();

    clock.advance(Duration.ofDays(3));

    DueForecast forecast = success(backend.forecasts().forecast(Option.some(deck), 7));
    assertThat(forecast.overdue()).isEqualTo(1);
    assertThat(forecast.dueToday()).isZero();
    assertThat(dueIds(deck, backend.today())).containsExactly(card);
  }

  @Test
  void shouldListACardAsDueFromTheDayItIsScheduledForWhenMarked() {
    DeckId deck = newDeck();
    CardId card = success(backend.cards().add(deck, aCardContent())).id();

    success(backend.reviews().mark(card, Grade.PERFECT)); // SM-2: tomorrow

    assertThat(dueIds(deck, MONDAY)).isEmpty();
    assertThat(dueIds(deck, MONDAY.plusDays(1))).containsExactly(card);
  }

  @Test
  void shouldForbidWritesButAllowReadsAndMarksWhenTheSubscriptionExpired() {
    Deck deck = success(backend.decks().create(aDeckName()));
    Card card = success(backend.cards().add(deck.id(), aCardContent()));

    backend.subscription(false);

    List<Failure> writes =
        List.of(
            backend.decks().create(aDeckName()).getLeft(),
            backend.decks().rename(deck.id(), aDeckName()).getLeft(),
            backend.decks().delete(deck.id()).getLeft(),
            backend.cards().add(deck.id(), aCardContent()).getLeft(),
            backend.cards().edit(card.id(), aCardContent()).getLeft(),
            backend.cards().delete(card.id()).getLeft());
    assertThat(writes)
        .allSatisfy(
            write -> {
              assertThat(write).isInstanceOf(Failure.Forbidden.class);
              assertThat(((Failure.Forbidden) write).reason()).isEqualTo("subscription required");
            });
    assertThat(success(backend.decks().list())).containsExactly(deck);
    assertThat(success(backend.cards().get(card.id()))).isEqualTo(card);
    assertThat(success(backend.reviews().mark(card.id(), Grade.PERFECT))).isAfter(MONDAY);
    assertThat(success(backend.forecasts().forecast(Option.none(), 7)).total()).isEqualTo(1);
  }

  @Test
  void shouldAllowWritesAgainWhenTheSubscriptionIsRenewed() {
    backend.subscription(false);
    failure(backend.decks().create(aDeckName()), Failure.Forbidden.class);

    backend.subscription(true);

    assertThat(backend.decks().create(aDeckName()).isRight()).isTrue();
  }

  @Test
  void shouldKeepTheNameWhenRenamingADeckToItsOwnName() {
    Deck deck = success(backend.decks().create(aDeckName()));

    assertThat(success(backend.decks().rename(deck.id(), deck.name()))).isEqualTo(deck);
  }

  @Test
  void shouldHoldAtMostAHundredCardsWhenAPageAsksForMore() {
    DeckId deck = newDeck();
    for (int i = 0; i < 150; i++) {
      success(backend.cards().add(deck, aCardContent()));
    }

    Page<Card> page = success(backend.cards().list(deck, PageRequest.first(500)));

    assertThat(page.items()).hasSize(100);
    assertThat(page.isLast()).isFalse();
  }

  @Test
  void shouldNotSkipCardsWhenOneIsDeletedDuringAWalk() {
    DeckId deck = newDeck();
    for (int i = 0; i < 20; i++) {
      success(backend.cards().add(deck, aCardContent()));
    }
    Page<Card> first = success(backend.cards().list(deck, PageRequest.first(10)));

    success(backend.cards().delete(first.items().get(0).id()));
    Page<Card> second =
        success(backend.cards().list(deck, PageRequest.after(first.next().get(), 10)));

    assertThat(second.items()).extracting(c -> c.id().value()).first().isEqualTo("11");
    assertThat(second.items()).hasSize(10);
    assertThat(second.isLast()).isTrue();
  }

  @Test
  void shouldGiveUniqueIdsWhenCardsAreAddedConcurrently() throws Exception {
    DeckId deck = newDeck();
    Set<CardId> ids = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks =
          java.util.stream.IntStream.range(0, 8)
              .<Future<?>>mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            for (int i = 0; i < 50; i++) {
                              ids.add(success(backend.cards().add(deck, aCardContent())).id());
                            }
                          }))
              .toList();
      for (Future<?> task : tasks) {
        task.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(ids).hasSize(400);
    assertThat(success(Pages.all(PageRequest.first(), p -> backend.cards().list(deck, p))))
        .hasSize(400);
  }

  @Test
  void shouldMarkWithTheSchedulerOfTheDecksKindWhenDecksDiffer() {
    DeckId sm2 = newDeck();
    DeckId fsrs = newDeck();
    success(backend.deckSchedulers().use(fsrs, SchedulerKind.FSRS6));
    CardId sm2Card = success(backend.cards().add(sm2, aCardContent())).id();
    CardId fsrsCard = success(backend.cards().add(fsrs, aCardContent())).id();
    Instant now = clock.instant();
    ReviewState fresh = new ReviewState.Fresh(now);

    success(backend.reviews().mark(sm2Card, Grade.PERFECT));
    success(backend.reviews().mark(fsrsCard, Grade.PERFECT));

    assertThat(backend.defaultKind()).isEqualTo(SchedulerKind.SM2);
    assertThat(success(backend.cards().get(sm2Card)).state())
        .isEqualTo(backend.scheduler(SchedulerKind.SM2).review(fresh, Grade.PERFECT, now));
    assertThat(success(backend.cards().get(fsrsCard)).state())
        .isEqualTo(Fsrs6Scheduler.create().review(fresh, Grade.PERFECT, now));
  }

  @Test
  void shouldKeepTheCustomSchedulerForDefaultDecksWhenDecksMayStillSwitch() {
    Scheduler threeDays = new FixedIntervalScheduler(Duration.ofDays(3));
    InMemoryCardBackend custom =
        InMemoryCardBackend.create(
            clock, new VirtualSleeper(clock), threeDays, StudyDay.of(clock.getZone()));

    assertThat(custom.defaultKind()).isEqualTo(SchedulerKind.SM2);
    assertThat(custom.scheduler(SchedulerKind.SM2)).isSameAs(threeDays);
    assertThat(custom.scheduler(SchedulerKind.FSRS6).name()).isEqualTo("fsrs6");
  }

  @Test
  void shouldDefaultToFsrsWhenCreatedWithAnFsrsScheduler() {
    Fsrs6Scheduler fsrs = Fsrs6Scheduler.create();
    InMemoryCardBackend local =
        InMemoryCardBackend.create(
            clock, new VirtualSleeper(clock), fsrs, StudyDay.of(clock.getZone()));
    DeckId deck = success(local.decks().create(aDeckName())).id();

    assertThat(local.defaultKind()).isEqualTo(SchedulerKind.FSRS6);
    assertThat(local.scheduler()).isSameAs(fsrs);
    assertThat(success(local.deckSchedulers().scheduler(deck))).isEqualTo(SchedulerKind.FSRS6);
    assertThat(local.scheduler(SchedulerKind.SM2).name()).isEqualTo("sm2");
  }

  @Test
  void shouldHoldTheSameReviewsInHistoryAsInTheBackendsLogWhenMarked() {
    CardId card = success(backend.cards().add(newDeck(), aCardContent())).id();
    success(backend.reviews().mark(card, Grade.PERFECT));

    assertThat(success(backend.reviewHistory().history(card))).isEqualTo(backend.history());
  }

  private DeckId newDeck() {
    return success(backend.decks().create(aDeckName())).id();
  }

  private List<CardId> dueIds(DeckId deck, LocalDate day) {
    return success(Pages.all(PageRequest.first(), p -> backend.cards().listDue(deck, day, p)))
        .stream()
        .map(Card::id)
        .toList();
  }

  /** A test double: every review is due a fixed time later, whatever the grade. */
  private record FixedIntervalScheduler(Duration interval) implements Scheduler {

    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public ReviewState review(ReviewState before, Grade grade, Instant at) {
      return new ReviewState.Fresh(at.plus(interval));
    }
  }
}
