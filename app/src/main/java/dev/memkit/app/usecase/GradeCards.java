package dev.memkit.app.usecase;

import dev.memkit.domain.card.CardId;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Cards;
import dev.memkit.port.Failure;
import dev.memkit.port.Reviews;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Grades cards without a session, for scripts ({@code memkit review --grade 17=4 --grade 18=2}):
 * every card is looked up before the first grade is saved, so a mistyped id changes nothing; then
 * the grades are saved in order, each reported as soon as it is saved.
 */
public final class GradeCards {

  private final Cards cards;
  private final Reviews reviews;

  public GradeCards(Cards cards, Reviews reviews) {
    this.cards = Objects.requireNonNull(cards);
    this.reviews = Objects.requireNonNull(reviews);
  }

  /**
   * Saves each grading, calling {@code saved} after each; the first failure stops the rest (those
   * before it stay saved).
   */
  public Either<Failure, List<Graded>> run(List<Grading> gradings, Consumer<Graded> saved) {
    for (Grading grading : gradings) {
      Either<Failure, ?> found = cards.get(grading.card());
      if (found.isLeft()) {
        return Either.left(found.getLeft());
      }
    }
    List<Graded> done = new ArrayList<>();
    for (Grading grading : gradings) {
      Either<Failure, LocalDate> next = reviews.mark(grading.card(), grading.grade());
      if (next.isLeft()) {
        return Either.left(next.getLeft());
      }
      Graded graded = new Graded(grading.card(), grading.grade(), next.get());
      done.add(graded);
      saved.accept(graded);
    }
    return Either.right(List.copyOf(done));
  }

  /** A card and the grade to give it. */
  public record Grading(CardId card, Grade grade) {

    public Grading {
      Objects.requireNonNull(card, "card");
      Objects.requireNonNull(grade, "grade");
    }

    /**
     * {@code CARD_ID=GRADE} as typed on a command line ({@code 17=4}), or what is wrong with it,
     * under the field {@code field}.
     */
    public static Validation<Seq<Violation>, Grading> parse(String field, String text) {
      int equals = text.lastIndexOf('=');
      if (equals <= 0 || equals == text.length() - 1) {
        return Check.invalid(field, "must be CARD_ID=GRADE, such as 17=4 (was " + text + ")");
      }
      String id = text.substring(0, equals).strip();
      String value = text.substring(equals + 1).strip();
      if (id.isEmpty()) {
        return Check.invalid(field, "must name a card before = (was " + text + ")");
      }
      Option<Grade> grade =
          Try.of(() -> Integer.parseInt(value))
              .toOption()
              .flatMap(number -> Grade.of(number).toOption());
      if (grade.isEmpty()) {
        return Check.invalid(field, "grade must be a number from 0 to 5 (was " + value + ")");
      }
      return Validation.valid(new Grading(CardId.of(id), grade.get()));
    }
  }

  /** A grade saved, and the day the card is next due. */
  public record Graded(CardId card, Grade grade, LocalDate nextDue) {}
}
