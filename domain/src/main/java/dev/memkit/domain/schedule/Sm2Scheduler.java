package dev.memkit.domain.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * SM-2 as Woźniak published it (reference §2.1), with each point implementations disagree on (§2.2)
 * decided as follows:
 *
 * <ul>
 *   <li><b>EF first</b>: the easiness factor is updated before it multiplies the previous interval,
 *       as the open-spaced-repetition {@code sm-2} package does; the original text reads that way
 *       (the EF in I(n) = I(n−1) · EF is the one graded just now).
 *   <li><b>EF kept on failure</b>: a grade below 3 starts the repetitions over (next interval 1
 *       day) and leaves EF unchanged, the literal step 5 of the original.
 *   <li><b>Ceiling</b>: fractional intervals are rounded up, as in the original.
 *   <li><b>Exact decimals</b>: EF is a {@link BigDecimal} of scale 2 and intervals are computed as
 *       {@code BigDecimal} products rounded with {@link RoundingMode#CEILING}, so five perfect
 *       grades give 1, 6, 17, 50, 150 and EF 3.00; with {@code double} the last interval would be
 *       151 (§2.4).
 *   <li><b>Base date</b>: the next due is the start of the study day {@code interval} days after
 *       the study day of the review ({@link StudyDay}), so a late review shifts the schedule.
 *   <li><b>At most 100 years</b>: intervals are capped at {@value #MAXIMUM_INTERVAL_DAYS} days,
 *       FSRS's default maximum (§3.4). The original has no cap; this one is first reached by the
 *       tenth perfect grade in a row, some 65 years into the schedule, and keeps the arithmetic
 *       from overflowing.
 *   <li>Same-day extra repetitions (step 6) are the caller's business: every review counts.
 * </ul>
 *
 * <p>A {@link ReviewState.Fresh} card starts at 0 repetitions with EF 2.5. Any state this scheduler
 * did not make (an {@link FsrsState}) carries no SM-2 history and is treated as fresh too.
 */
public final class Sm2Scheduler implements Scheduler {

  /** The easiness factor every item starts with. */
  public static final BigDecimal INITIAL_EASINESS = new BigDecimal("2.50");

  /** The lowest easiness factor. */
  public static final BigDecimal MINIMUM_EASINESS = new BigDecimal("1.30");

  /** The longest interval in days. */
  public static final int MAXIMUM_INTERVAL_DAYS = 36500;

  private static final int SCALE = 2;
  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final BigDecimal EIGHT_HUNDREDTHS = new BigDecimal("0.08");
  private static final BigDecimal TWO_HUNDREDTHS = new BigDecimal("0.02");

  private final StudyDay studyDay;

  private Sm2Scheduler(StudyDay studyDay) {
    this.studyDay = studyDay;
  }

  /** An SM-2 scheduler that counts interval days as {@code studyDay} days. */
  public static Sm2Scheduler create(StudyDay studyDay) {
    return new Sm2Scheduler(Objects.requireNonNull(studyDay, "studyDay"));
  }

  @Override
  public String name() {
    return "sm2";
  }

  /** The days intervals are counted in. */
  public StudyDay studyDay() {
    return studyDay;
  }

  /** Applies SM-2 as described above; interval days count from the study day of {@code at}. */
  @Override
  public Sm2State review(ReviewState before, Grade grade, Instant at) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(at, "at");
    int repetitions = 0;
    BigDecimal easiness = INITIAL_EASINESS;
    int interval = 0;
    if (before instanceof Sm2State sm2) {
      repetitions = sm2.repetitions();
      easiness = sm2.easiness().setScale(SCALE, RoundingMode.HALF_UP);
      interval = sm2.intervalDays();
    }
    if (grade.passed()) {
      easiness = nextEasiness(easiness, grade);
      repetitions++;
      interval = nextInterval(repetitions, interval, easiness);
    } else {
      repetitions = 0;
      interval = 1;
    }
    Instant due = studyDay.startOf(studyDay.dayOf(at).plusDays(interval));
    return new Sm2State(repetitions, easiness, interval, at, due);
  }

  /** EF' = EF + (0.1 − (5−q)·(0.08 + (5−q)·0.02)), at least 1.3; exact at scale 2. */
  static BigDecimal nextEasiness(BigDecimal easiness, Grade grade) {
    BigDecimal miss = BigDecimal.valueOf(5 - grade.value());
    BigDecimal change =
        TENTH.subtract(miss.multiply(EIGHT_HUNDREDTHS.add(miss.multiply(TWO_HUNDREDTHS))));
    BigDecimal next = easiness.add(change).setScale(SCALE, RoundingMode.HALF_UP);
    return next.max(MINIMUM_EASINESS);
  }

  /** I(1) = 1, I(2) = 6, I(n) = ceil(I(n−1) · EF). */
  private static int nextInterval(int repetitions, int previous, BigDecimal easiness) {
    if (repetitions == 1) {
      return 1;
    }
    if (repetitions == 2) {
      return 6;
    }
    // A state from elsewhere may claim repetitions without an interval; never go below 1 day.
    BigDecimal product = BigDecimal.valueOf(Math.max(previous, 1)).multiply(easiness);
    BigDecimal days = product.setScale(0, RoundingMode.CEILING);
    return days.min(BigDecimal.valueOf(MAXIMUM_INTERVAL_DAYS)).intValueExact();
  }
}
