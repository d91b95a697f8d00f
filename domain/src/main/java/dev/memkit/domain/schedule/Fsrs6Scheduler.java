package dev.memkit.domain.schedule;

import dev.memkit.domain.schedule.FsrsState.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * FSRS-6 matching py-fsrs 6.3.1, the reference implementation (reference §3.2 formulas, §3.4
 * mechanics, §3.5 test vectors); written from the published formulas. Where java-fsrs 1.0.0
 * deviates from py-fsrs (§4) this class follows py-fsrs:
 *
 * <ul>
 *   <li>Initial difficulty is the v6 D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10]; the mean
 *       reversion target D0(Easy) is <b>not</b> clamped (with the defaults it is −4.77).
 *   <li>Elapsed days are whole 24-hour periods between the instants (Python's {@code
 *       timedelta.days}), not calendar or study days; under one day the FSRS-6 short-term stability
 *       formula applies, in every phase.
 *   <li>Intervals are rounded ties-to-even like Python's {@code round} ({@link Math#rint}), then
 *       clamped to [1, maximum interval].
 *   <li>Hard on the first relearning step averages the <em>relearning</em> steps.
 *   <li>Fuzz uses the py-fsrs/Anki range, but is off by default and, when on, deterministic: see
 *       {@link FsrsSettings}.
 * </ul>
 *
 * <p>Learning steps are durations, so learning and relearning cards fall due minutes later; review
 * intervals are whole days added to the review instant (py-fsrs works in UTC instants; a study day
 * plays no part). Grades become ratings through a {@link GradeMapping}; {@link #review(ReviewState,
 * Rating, Instant)} takes a rating directly. A {@link ReviewState.Fresh} card starts in Learning at
 * step 0; so does an {@link Sm2State}, which is treated as never reviewed (it has no FSRS memory
 * state; converting EF and interval as in §3.6 is not done here).
 */
public final class Fsrs6Scheduler implements Scheduler {

  private static final double STABILITY_MIN = 0.001;
  private static final double DIFFICULTY_MIN = 1.0;
  private static final double DIFFICULTY_MAX = 10.0;
  private static final long SECONDS_PER_DAY = 86_400;

  private final FsrsSettings settings;
  private final GradeMapping grades;
  private final double[] w;
  private final double decay;
  private final double factor;

  private Fsrs6Scheduler(FsrsSettings settings, GradeMapping grades) {
    this.settings = settings;
    this.grades = grades;
    this.w = settings.parameters().weights().stream().mapToDouble(Double::doubleValue).toArray();
    this.decay = -w[20];
    this.factor = Math.pow(0.9, 1 / decay) - 1;
  }

  /**
   * FSRS-6 with {@link FsrsSettings#DEFAULT} and the {@linkplain GradeMapping#standard standard}
   * grade mapping.
   */
  public static Fsrs6Scheduler create() {
    return create(FsrsSettings.DEFAULT);
  }

  /** FSRS-6 with {@code settings} and the standard grade mapping. */
  public static Fsrs6Scheduler create(FsrsSettings settings) {
    return create(settings, GradeMapping.standard());
  }

  /** FSRS-6 with {@code settings}, turning grades into ratings with {@code grades}. */
  public static Fsrs6Scheduler create(FsrsSettings settings, GradeMapping grades) {
    return new Fsrs6Scheduler(
        Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(grades, "grades"));
  }

  @Override
  public String name() {
    return "fsrs6";
  }

  /** The settings this scheduler was created with. */
  public FsrsSettings settings() {
    return settings;
  }

  /** How this scheduler turns grades into ratings. */
  public GradeMapping grades() {
    return grades;
  }

  /** Reviews with the rating {@code grade} maps to. */
  @Override
  public FsrsState review(ReviewState before, Grade grade, Instant at) {
    return review(before, grades.rating(Objects.requireNonNull(grade, "grade")), at);
  }

  /** The state after reviewing a card in state {@code before} with {@code rating} at {@code at}. */
  public FsrsState review(ReviewState before, Rating rating, Instant at) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(at, "at");

    Phase phase;
    int step;
    double stability;
    double difficulty;
    if (before instanceof FsrsState card) {
      long days = elapsedDays(card.lastReview(), at);
      stability =
          days < 1
              ? shortTermStability(card.stability(), rating)
              : nextStability(
                  card.difficulty(),
                  card.stability(),
                  retrievability(card.stability(), days),
                  rating);
      difficulty = nextDifficulty(card.difficulty(), rating);
      phase = card.phase();
      step = card.step();
    } else {
      stability = clampStability(w[rating.value() - 1]);
      difficulty = clampDifficulty(initialDifficulty(rating));
      phase = Phase.LEARNING;
      step = 0;
    }

    if (phase == Phase.REVIEW) {
      List<Duration> relearning = settings.relearningSteps();
      if (rating == Rating.AGAIN && !relearning.isEmpty()) {
        return new FsrsState(
            Phase.RELEARNING, 0, stability, difficulty, at, at.plus(relearning.get(0)));
      }
      return graduated(before, stability, difficulty, at);
    }

    List<Duration> steps =
        phase == Phase.LEARNING ? settings.learningSteps() : settings.relearningSteps();
    // A card may come from settings with more steps than these: past the last step it graduates.
    if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
      return graduated(before, stability, difficulty, at);
    }
    switch (rating) {
      case AGAIN:
        return new FsrsState(phase, 0, stability, difficulty, at, at.plus(steps.get(0)));
      case HARD:
        Duration delay;
        if (step == 0) {
          delay =
              steps.size() == 1
                  ? steps.get(0).multipliedBy(3).dividedBy(2)
                  : steps.get(0).plus(steps.get(1)).dividedBy(2);
        } else {
          delay = steps.get(step);
        }
        return new FsrsState(phase, step, stability, difficulty, at, at.plus(delay));
      case GOOD:
        if (step + 1 == steps.size()) {
          return graduated(before, stability, difficulty, at);
        }
        return new FsrsState(
            phase, step + 1, stability, difficulty, at, at.plus(steps.get(step + 1)));
      case EASY:
      default:
        return graduated(before, stability, difficulty, at);
    }
  }

  /**
   * The probability of recalling a card in {@code state} at {@code at}: (1 + FACTOR·t/S)^DECAY with
   * t the whole days since its last review; 0 for a card never reviewed (as py-fsrs).
   */
  public double retrievability(ReviewState state, Instant at) {
    Objects.requireNonNull(at, "at");
    if (state instanceof FsrsState card) {
      return retrievability(card.stability(), Math.max(0, elapsedDays(card.lastReview(), at)));
    }
    return 0;
  }

  /**
   * The interval in days at which retrievability falls to the desired retention, rounded and
   * clamped.
   */
  long intervalDays(double stability) {
    double days = (stability / factor) * (Math.pow(settings.desiredRetention(), 1 / decay) - 1);
    return Math.min(Math.max((long) Math.rint(days), 1), settings.maximumInterval());
  }

  private FsrsState graduated(ReviewState before, double stability, double difficulty, Instant at) {
    long days = intervalDays(stability);
    if (settings.fuzzSeed().isDefined() && Fuzz.applies(days)) {
      long hash = Fuzz.seed(settings.fuzzSeed().get(), before, at);
      days = Fuzz.draw(days, settings.maximumInterval(), hash);
    }
    return new FsrsState(
        Phase.REVIEW, 0, stability, difficulty, at, at.plus(Duration.ofDays(days)));
  }

  /**
   * Whole 24-hour periods from {@code from} to {@code to}, floored like Python's {@code
   * timedelta.days}.
   */
  static long elapsedDays(Instant from, Instant to) {
    return Math.floorDiv(Duration.between(from, to).getSeconds(), SECONDS_PER_DAY);
  }

  private double retrievability(double stability, long days) {
    return Math.pow(1 + factor * days / stability, decay);
  }

  private double initialDifficulty(Rating rating) {
    return w[4] - Math.exp(w[5] * (rating.value() - 1)) + 1;
  }

  private double nextDifficulty(double difficulty, Rating rating) {
    double delta = -w[6] * (rating.value() - 3);
    double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
    // Mean reversion towards D0(Easy), deliberately unclamped as in py-fsrs (§4, point 4).
    double reverted = w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped;
    return clampDifficulty(reverted);
  }

  private double shortTermStability(double stability, Rating rating) {
    double increase = Math.exp(w[17] * (rating.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
    if (rating == Rating.GOOD || rating == Rating.EASY) {
      increase = Math.max(increase, 1.0);
    }
    return clampStability(stability * increase);
  }

  private double nextStability(
      double difficulty, double stability, double retrievability, Rating rating) {
    double next;
    if (rating == Rating.AGAIN) {
      double longTerm =
          w[11]
              * Math.pow(difficulty, -w[12])
              * (Math.pow(stability + 1, w[13]) - 1)
              * Math.exp((1 - retrievability) * w[14]);
      double shortTermCap = stability / Math.exp(w[17] * w[18]);
      next = Math.min(longTerm, shortTermCap);
    } else {
      double hardPenalty = rating == Rating.HARD ? w[15] : 1;
      double easyBonus = rating == Rating.EASY ? w[16] : 1;
      next =
          stability
              * (1
                  + Math.exp(w[8])
                      * (11 - difficulty)
                      * Math.pow(stability, -w[9])
                      * (Math.exp((1 - retrievability) * w[10]) - 1)
                      * hardPenalty
                      * easyBonus);
    }
    return clampStability(next);
  }

  private static double clampStability(double stability) {
    return Math.max(stability, STABILITY_MIN);
  }

  private static double clampDifficulty(double difficulty) {
    return Math.min(Math.max(difficulty, DIFFICULTY_MIN), DIFFICULTY_MAX);
  }
}
