package dev.memkit.domain.schedule;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * The 21 model weights w0 … w20 of FSRS-6 (reference §3.2, §3.3). {@link #DEFAULT} is the current
 * FSRS-6 default set (the srs-benchmark median, py-fsrs 6.3.1 and fsrs-rs), not the earlier set
 * java-fsrs 1.0.0 still ships (§4): the py-fsrs test vectors (§3.5) hold only for this one.
 *
 * <p>Build from input with {@link #of}, which reports every weight outside the bounds py-fsrs
 * enforces (§3.3) as {@code weights[i]}. The constructor accepts only valid weights and throws
 * {@link IllegalArgumentException} otherwise, a programmer error.
 */
public record FsrsParameters(List<Double> weights) {

  /** How many weights FSRS-6 has. */
  public static final int COUNT = 21;

  private static final double[] LOWER = {
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0,
    0.0, 1.0, 0.0, 0.0, 0.0, 0.1
  };

  private static final double[] UPPER = {
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0,
    2.0, 2.0, 0.8, 0.8
  };

  /** The current FSRS-6 defaults (§3.3); w20 = 0.1542 is the decay. */
  public static final FsrsParameters DEFAULT =
      new FsrsParameters(
          List.of(
              0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
              1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542));

  public FsrsParameters {
    weights = List.copyOf(weights);
    Seq<Violation> violations = check(weights);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("invalid FSRS-6 weights: " + violations.mkString("; "));
    }
  }

  /** The weights when there are exactly 21 and each lies within its bounds; else every problem. */
  public static Validation<Seq<Violation>, FsrsParameters> of(List<Double> weights) {
    Objects.requireNonNull(weights, "weights");
    Seq<Violation> violations = check(weights);
    return violations.isEmpty()
        ? Validation.valid(new FsrsParameters(weights))
        : Validation.invalid(violations);
  }

  /** Weight {@code wi}. */
  public double weight(int i) {
    return weights.get(i);
  }

  /** The lowest value weight {@code wi} may take. */
  public static double lowerBound(int i) {
    return LOWER[i];
  }

  /** The highest value weight {@code wi} may take. */
  public static double upperBound(int i) {
    return UPPER[i];
  }

  private static Seq<Violation> check(List<Double> weights) {
    if (weights.size() != COUNT) {
      return io.vavr.collection.List.of(
          Violation.of(
              "weights", "must hold exactly " + COUNT + " weights (was " + weights.size() + ")"));
    }
    io.vavr.collection.List<Violation> violations = io.vavr.collection.List.empty();
    for (int i = 0; i < COUNT; i++) {
      double w = Objects.requireNonNull(weights.get(i), "weight");
      // Written so that NaN fails too.
      if (!(w >= LOWER[i] && w <= UPPER[i])) {
        violations =
            violations.append(
                Violation.of(
                    "weights[" + i + "]",
                    "must be between " + LOWER[i] + " and " + UPPER[i] + " (was " + w + ")"));
      }
    }
    return violations;
  }
}
