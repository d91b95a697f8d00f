package dev.memkit.domain.schedule;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which {@link Rating} each 0–5 {@link Grade} counts as, for schedulers that think in four buttons.
 * No standard mapping exists (reference §2.5); the {@linkplain #standard() standard} one is the
 * obvious choice: grades below 3 are Again, 3 is Hard, 4 is Good and 5 is Easy. Immutable; every
 * grade always has a rating.
 */
public final class GradeMapping {

  private static final GradeMapping STANDARD =
      new GradeMapping(
          Map.of(
              Grade.BLACKOUT, Rating.AGAIN,
              Grade.WRONG_BUT_REMEMBERED, Rating.AGAIN,
              Grade.WRONG_BUT_EASY, Rating.AGAIN,
              Grade.CORRECT_WITH_DIFFICULTY, Rating.HARD,
              Grade.CORRECT_AFTER_HESITATION, Rating.GOOD,
              Grade.PERFECT, Rating.EASY));

  private final Map<Grade, Rating> ratings;

  private GradeMapping(Map<Grade, Rating> ratings) {
    this.ratings = Collections.unmodifiableMap(new EnumMap<>(ratings));
  }

  /** Grades 0–2 to Again, 3 to Hard, 4 to Good, 5 to Easy. */
  public static GradeMapping standard() {
    return STANDARD;
  }

  /**
   * A mapping from a table that must name every grade; each missing grade is reported as {@code
   * ratings[<grade value>]}.
   */
  public static Validation<Seq<Violation>, GradeMapping> of(Map<Grade, Rating> ratings) {
    Objects.requireNonNull(ratings, "ratings");
    List<Violation> missing = List.empty();
    for (Grade grade : Grade.values()) {
      if (ratings.get(grade) == null) {
        missing =
            missing.append(
                Violation.of(
                    "ratings[" + grade.value() + "]", "must map grade " + grade + " to a rating"));
      }
    }
    return missing.isEmpty()
        ? Validation.valid(new GradeMapping(ratings))
        : Validation.invalid(missing);
  }

  /** This mapping with {@code grade} counted as {@code rating} instead. */
  public GradeMapping with(Grade grade, Rating rating) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(rating, "rating");
    EnumMap<Grade, Rating> changed = new EnumMap<>(ratings);
    changed.put(grade, rating);
    return new GradeMapping(changed);
  }

  /** The rating {@code grade} counts as. */
  public Rating rating(Grade grade) {
    return ratings.get(Objects.requireNonNull(grade, "grade"));
  }

  /** Every grade with its rating, in grade order; unmodifiable. */
  public Map<Grade, Rating> ratings() {
    return ratings;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GradeMapping mapping && ratings.equals(mapping.ratings);
  }

  @Override
  public int hashCode() {
    return ratings.hashCode();
  }

  @Override
  public String toString() {
    return "GradeMapping" + ratings;
  }
}
