package dev.memkit.domain.card;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * What a card asks and answers. Each side is not blank and at most {@value #MAX_LENGTH} characters
 * (code points), Memjogger's limit ({@code question_too_long}, {@code answer_too_long}, {@code
 * empty_field}).
 */
public record CardContent(String question, String answer) {

  /** Memjogger: "max is 10000 characters", for the question and the answer each. */
  public static final int MAX_LENGTH = 10_000;

  /**
   * Throws {@link IllegalArgumentException} for content breaking the rules; use {@link #of} for
   * input.
   */
  public CardContent {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Seq<Violation> violations = violations(question, answer);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("invalid card content: " + violations.mkString("; "));
    }
  }

  /**
   * The content, or every rule it breaks: both sides are checked, under the fields {@code question}
   * and {@code answer}.
   */
  public static Validation<Seq<Violation>, CardContent> of(String question, String answer) {
    Seq<Violation> violations = violations(question, answer);
    return violations.isEmpty()
        ? Validation.valid(new CardContent(question, answer))
        : Validation.invalid(violations);
  }

  private static Seq<Violation> violations(String question, String answer) {
    return problems(Check.text("question", question, MAX_LENGTH))
        .appendAll(problems(Check.text("answer", answer, MAX_LENGTH)));
  }

  private static Seq<Violation> problems(Validation<Seq<Violation>, String> checked) {
    return checked.isInvalid() ? checked.getError() : List.empty();
  }
}
