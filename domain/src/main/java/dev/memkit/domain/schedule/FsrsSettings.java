package dev.memkit.domain.schedule;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Fsrs6Scheduler} turns the model into due dates (reference §3.4): the weights, the
 * desired retention (probability of recall at the due moment, strictly between 0 and 1), the
 * learning and relearning steps (each positive; empty means "graduate at once"), the maximum
 * interval in days (at least 1), and fuzz.
 *
 * <p>{@link #DEFAULT} follows py-fsrs 6.3.1 (retention 0.9, steps 1 min and 10 min, relearning 10
 * min, at most 36500 days) except that fuzz is off: py-fsrs draws fuzz from unseeded global
 * randomness, which a pure scheduler must not do (§7). Turn it on with a seed ({@link #withFuzz});
 * the draw then depends only on that seed, the card's state and the review instant.
 *
 * <p>Build from input with {@link #of}, which reports every problem with its field name. The
 * constructor and the {@code with…} methods throw {@link IllegalArgumentException} on invalid
 * values, a programmer error.
 */
public record FsrsSettings(
    FsrsParameters parameters,
    double desiredRetention,
    List<Duration> learningSteps,
    List<Duration> relearningSteps,
    int maximumInterval,
    Option<Long> fuzzSeed) {

  /** py-fsrs 6.3.1's defaults with fuzz off. */
  public static final FsrsSettings DEFAULT =
      new FsrsSettings(
          FsrsParameters.DEFAULT,
          0.9,
          List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
          List.of(Duration.ofMinutes(10)),
          36500,
          Option.none());

  public FsrsSettings {
    Objects.requireNonNull(parameters, "parameters");
    learningSteps = List.copyOf(learningSteps);
    relearningSteps = List.copyOf(relearningSteps);
    Objects.requireNonNull(fuzzSeed, "fuzzSeed");
    Seq<Violation> violations =
        check(desiredRetention, learningSteps, relearningSteps, maximumInterval);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("invalid FSRS settings: " + violations.mkString("; "));
    }
  }

  /** The settings when every value is valid; else every problem with its field name. */
  public static Validation<Seq<Violation>, FsrsSettings> of(
      FsrsParameters parameters,
      double desiredRetention,
      List<Duration> learningSteps,
      List<Duration> relearningSteps,
      int maximumInterval,
      Option<Long> fuzzSeed) {
    Seq<Violation> violations =
        check(desiredRetention, learningSteps, relearningSteps, maximumInterval);
    return violations.isEmpty()
        ? Validation.valid(
            new FsrsSettings(
                parameters,
                desiredRetention,
                learningSteps,
                relearningSteps,
                maximumInterval,
                fuzzSeed))
        : Validation.invalid(violations);
  }

  /** These settings with other model weights. */
  public FsrsSettings withParameters(FsrsParameters parameters) {
    return new FsrsSettings(
        parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzzSeed);
  }

  /** These settings with another desired retention; lower retention gives longer intervals. */
  public FsrsSettings withDesiredRetention(double desiredRetention) {
    return new FsrsSettings(
        parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzzSeed);
  }

  /** These settings with other learning steps. */
  public FsrsSettings withLearningSteps(List<Duration> learningSteps) {
    return new FsrsSettings(
        parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzzSeed);
  }

  /** These settings with other relearning steps. */
  public FsrsSettings withRelearningSteps(List<Duration> relearningSteps) {
    return new FsrsSettings(
        parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzzSeed);
  }

  /** These settings with another maximum interval in days. */
  public FsrsSettings withMaximumInterval(int maximumInterval) {
    return new FsrsSettings(
        parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzzSeed);
  }

  /** These settings with fuzz on, drawn deterministically from {@code seed}. */
  public FsrsSettings withFuzz(long seed) {
    return new FsrsSettings(
        parameters,
        desiredRetention,
        learningSteps,
        relearningSteps,
        maximumInterval,
        Option.some(seed));
  }

  /** These settings with fuzz off. */
  public FsrsSettings withoutFuzz() {
    return new FsrsSettings(
        parameters,
        desiredRetention,
        learningSteps,
        relearningSteps,
        maximumInterval,
        Option.none());
  }

  private static Seq<Violation> check(
      double desiredRetention,
      List<Duration> learningSteps,
      List<Duration> relearningSteps,
      int maximumInterval) {
    io.vavr.collection.List<Violation> violations = io.vavr.collection.List.empty();
    // Written so that NaN fails too.
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      violations =
          violations.append(
              Violation.of(
                  "desiredRetention",
                  "must be greater than 0 and less than 1 (was " + desiredRetention + ")"));
    }
    violations = violations.appendAll(checkSteps("learningSteps", learningSteps));
    violations = violations.appendAll(checkSteps("relearningSteps", relearningSteps));
    if (maximumInterval < 1) {
      violations =
          violations.append(
              Violation.of(
                  "maximumInterval", "must be at least 1 day (was " + maximumInterval + ")"));
    }
    return violations;
  }

  private static Seq<Violation> checkSteps(String field, List<Duration> steps) {
    io.vavr.collection.List<Violation> violations = io.vavr.collection.List.empty();
    for (int i = 0; i < steps.size(); i++) {
      Duration step = Objects.requireNonNull(steps.get(i), field);
      if (step.isNegative() || step.isZero()) {
        violations =
            violations.append(
                Violation.of(field + "[" + i + "]", "must be positive (was " + step + ")"));
      }
    }
    return violations;
  }
}
