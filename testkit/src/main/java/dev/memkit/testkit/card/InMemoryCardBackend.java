package dev.memkit.testkit.card;

import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.Fsrs6Scheduler;
import dev.memkit.domain.schedule.FsrsSettings;
import dev.memkit.domain.schedule.Scheduler;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.Sm2Scheduler;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Sleeper;
import dev.memkit.testkit.Faults;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An in-memory flashcard backend behaving like Memjogger: decks with unique names of 1 to 25
 * characters, cards in decks, marks 0 to 5 scheduled by SM-2 (unless another scheduler is given),
 * due forecasts, numeric ids that are never reused. Its ports share one thread-safe state; each has
 * its own {@link Faults}. Time comes only from the given clock.
 *
 * <p>It also offers what the local store adds: batch imports skipping duplicates ({@link
 * #cardImports()}), review history ({@link #reviewHistory()}) and a scheduler per deck ({@link
 * #deckSchedulers()}). The backend holds one {@link Scheduler} per {@link SchedulerKind}; a new
 * deck uses the default kind, and a mark uses the scheduler of its deck's current kind. {@link
 * #create(Clock, Sleeper)} keeps SM-2 as the default kind so the fake still schedules like
 * Memjogger; {@link #create(Clock, Sleeper, SchedulerKind, StudyDay)} sets up the local store's
 * choice (FSRS-6 by default).
 *
 * <p>{@link #subscription subscription(false)} simulates Memjogger's expired trial: the writes
 * Memjogger marks "trial or subscription required" (creating, renaming and deleting decks; adding,
 * editing and deleting cards) fail with {@code Forbidden("subscription required")}, while reads and
 * marks go on working.
 */
public final class InMemoryCardBackend {

  private final CardStore store;
  private final InMemoryDecks decks;
  private final InMemoryCards cards;
  private final InMemoryReviews reviews;
  private final InMemoryForecasts forecasts;
  private final InMemoryCardImports cardImports;
  private final InMemoryDeckSchedulers deckSchedulers;
  private final InMemoryReviewHistory reviewHistory;

  private InMemoryCardBackend(CardStore store, Sleeper sleeper) {
    this.store = store;
    this.decks = new InMemoryDecks(store, new Faults(sleeper));
    this.cards = new InMemoryCards(store, new Faults(sleeper));
    this.reviews = new InMemoryReviews(store, new Faults(sleeper));
    this.forecasts = new InMemoryForecasts(store, new Faults(sleeper));
    this.cardImports = new InMemoryCardImports(store, new Faults(sleeper));
    this.deckSchedulers = new InMemoryDeckSchedulers(store, new Faults(sleeper));
    this.reviewHistory = new InMemoryReviewHistory(store, new Faults(sleeper));
  }

  /**
   * A backend scheduling with SM-2, like Memjogger, whose study days run from midnight in the
   * clock's zone. Decks switched to FSRS-6 use {@link Fsrs6Scheduler#create()}.
   */
  public static InMemoryCardBackend create(Clock clock, Sleeper sleeper) {
    Objects.requireNonNull(clock, "clock");
    return create(clock, sleeper, SchedulerKind.SM2, StudyDay.of(clock.getZone()));
  }

  /**
   * A backend whose new decks use {@code defaultKind}, with the standard schedulers: SM-2 counting
   * {@code studyDay} days and FSRS-6 with {@link FsrsSettings#DEFAULT}. {@code create(clock,
   * sleeper, SchedulerKind.FSRS6, StudyDay.of(zone, LocalTime.of(4, 0)))} behaves like the local
   * store.
   */
  public static InMemoryCardBackend create(
      Clock clock, Sleeper sleeper, SchedulerKind defaultKind, StudyDay studyDay) {
    Objects.requireNonNull(defaultKind, "defaultKind");
    Objects.requireNonNull(studyDay, "studyDay");
    return create(
        clock,
        sleeper,
        Map.of(
            SchedulerKind.SM2,
            Sm2Scheduler.create(studyDay),
            SchedulerKind.FSRS6,
            Fsrs6Scheduler.create()),
        defaultKind,
        studyDay);
  }

  /**
   * A backend scheduling with {@code scheduler} and counting days (due listings, next-due dates,
   * forecasts) as {@code studyDay} days; give the scheduler the same study day. An {@link
   * Fsrs6Scheduler} becomes the FSRS-6 default kind (SM-2 decks get {@link Sm2Scheduler} on {@code
   * studyDay}); any other scheduler, a test double included, stands in for SM-2 as the default kind
   * (FSRS-6 decks get {@link Fsrs6Scheduler#create()}).
   */
  public static InMemoryCardBackend create(
      Clock clock, Sleeper sleeper, Scheduler scheduler, StudyDay studyDay) {
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(studyDay, "studyDay");
    return scheduler instanceof Fsrs6Scheduler
        ? create(
            clock,
            sleeper,
            Map.of(
                SchedulerKind.SM2, Sm2Scheduler.create(studyDay), SchedulerKind.FSRS6, scheduler),
            SchedulerKind.FSRS6,
            studyDay)
        : create(
            clock,
            sleeper,
            Map.of(SchedulerKind.SM2, scheduler, SchedulerKind.FSRS6, Fsrs6Scheduler.create()),
            SchedulerKind.SM2,
            studyDay);
  }

  private static InMemoryCardBackend create(
      Clock clock,
      Sleeper sleeper,
      Map<SchedulerKind, Scheduler> schedulers,
      SchedulerKind defaultKind,
      StudyDay studyDay) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    return new InMemoryCardBackend(
        new CardStore(clock, schedulers, defaultKind, studyDay), sleeper);
  }

  public InMemoryDecks decks() {
    return decks;
  }

  public InMemoryCards cards() {
    return cards;
  }

  public InMemoryReviews reviews() {
    return reviews;
  }

  public InMemoryForecasts forecasts() {
    return forecasts;
  }

  public InMemoryCardImports cardImports() {
    return cardImports;
  }

  public InMemoryDeckSchedulers deckSchedulers() {
    return deckSchedulers;
  }

  public InMemoryReviewHistory reviewHistory() {
    return reviewHistory;
  }

  /** Every review marked so far, oldest first (reviews of deleted cards included). */
  public List<Review> history() {
    return store.history();
  }

  /** The study day it is now, by the clock: the day marks and forecasts count from. */
  public LocalDate today() {
    return store.today();
  }

  public StudyDay studyDay() {
    return store.studyDay();
  }

  /** The scheduler of the default kind: the one new decks use. */
  public Scheduler scheduler() {
    return store.scheduler(store.defaultKind());
  }

  /** The scheduler decks of {@code kind} use. */
  public Scheduler scheduler(SchedulerKind kind) {
    return store.scheduler(Objects.requireNonNull(kind, "kind"));
  }

  /** The kind new decks use. */
  public SchedulerKind defaultKind() {
    return store.defaultKind();
  }

  /**
   * Switches the subscription on (the default) or off; off, writes fail with {@code
   * Forbidden("subscription required")} as Memjogger's do after the trial.
   */
  public InMemoryCardBackend subscription(boolean active) {
    store.subscription(active);
    return this;
  }
}
