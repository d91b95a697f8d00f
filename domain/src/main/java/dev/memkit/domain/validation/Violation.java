package dev.memkit.domain.validation;

import java.util.Objects;

/**
 * One problem with one field of some input: {@code field} names it the way a user wrote it ({@code
 * "name"}, {@code "tags[2]"}), {@code message} says what is wrong in a sentence a person can act
 * on.
 */
public record Violation(String field, String message) {

  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  public static Violation of(String field, String message) {
    return new Violation(field, message);
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
