package dev.memkit.testkit.card;

import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.Scheduler;
import dev.memkit.domain.schedule.Sm2Scheduler;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Sleeper;
import dev.memkit.testkit.Faults;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An in-memory flashcard backend behaving like Memjogger: decks with unique names of 1 to 25
 * characters, cards in decks, marks 0 to 5 scheduled by SM-2 (unless another scheduler is given),
 * due forecasts, numeric ids that are never reused. Its four ports share one thread-safe state;
 * each has its own {@link Faults}. Time comes only from the given clock.
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

  private InMemoryCardBackend(CardStore store, Sleeper sleeper) {
    this.store = store;
    this.decks = new InMemoryDecks(store, new Faults(sleeper));
    this.cards = new InMemoryCards(store, new Faults(sleeper));
    this.reviews = new InMemoryReviews(store, new Faults(sleeper));
    this.forecasts = new InMemoryForecasts(store, new Faults(sleeper));
  }

  /**
   * A backend scheduling with SM-2, like Memjogger, whose study days run from midnight in the
   * clock's zone.
   */
  public static InMemoryCardBackend create(Clock clock, Sleeper sleeper) {
    StudyDay studyDay = StudyDay.of(clock.getZone());
    return create(clock, sleeper, Sm2Scheduler.create(studyDay), studyDay);
  }

  /**
   * A backend scheduling with {@code scheduler} and counting days (due listings, next-due dates,
   * forecasts) as {@code studyDay} days; give the scheduler the same study day.
   */
  public static InMemoryCardBackend create(
      Clock clock, Sleeper sleeper, Scheduler scheduler, StudyDay studyDay) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(studyDay, "studyDay");
    return new InMemoryCardBackend(new CardStore(clock, scheduler, studyDay), sleeper);
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

  public Scheduler scheduler() {
    return store.scheduler();
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
