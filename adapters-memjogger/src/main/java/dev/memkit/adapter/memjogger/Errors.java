package dev.memkit.adapter.memjogger;

import dev.memkit.domain.validation.Violation;
import dev.memkit.http.StatusFailures;
import dev.memkit.http.TransportFailures;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.collection.List;
import java.util.Map;

/**
 * Turns what a call threw into a {@link Failure}: Memjogger's error codes into typed failures with
 * the field they concern, statuses into their documented meaning, transport errors through {@link
 * TransportFailures}. Messages come from this class only, never from an exception's text, so no
 * token, password or URL can reach them.
 */
final class Errors {

  static final String BACKEND = "memjogger";

  /** Codes that reject one field, with the field (as memkit's users name it) and why. */
  private static final Map<String, Violation> INVALID =
      Map.of(
          "card_set_name_invalid",
          Violation.of("name", "must be 1 to 25 characters long (card_set_name_invalid)"),
          "empty_field",
          Violation.of("content", "the question and the answer must not be empty (empty_field)"),
          "question_too_long",
          Violation.of("question", "must be at most 10000 characters long (question_too_long)"),
          "answer_too_long",
          Violation.of("answer", "must be at most 10000 characters long (answer_too_long)"),
          "invalid_mark",
          Violation.of("grade", "Memjogger does not accept this mark (invalid_mark)"),
          "invalid_date_format",
          Violation.of("day", "Memjogger did not accept the date (invalid_date_format)"));

  static final String SUBSCRIPTION_REQUIRED = "subscription required";

  private Errors() {}

  static Origin local() {
    return Origin.local(BACKEND);
  }

  /** The failure {@code error} stands for; {@code what} names the thing asked for ("card 12"). */
  static Failure of(Throwable error, String what) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof HttpProblem problem) {
        return of(problem, what);
      }
    }
    return TransportFailures.of(BACKEND, error);
  }

  static Failure of(HttpProblem problem, String what) {
    Origin origin = Origin.remote(BACKEND, problem.httpStatus(), problem.requestId());
    if (problem.malformed()) {
      return new Failure.Unexpected(origin, "the answer could not be read");
    }
    List<String> codes = List.ofAll(problem.codes());
    return switch (problem.httpStatus()) {
      case 400 -> new Failure.Unexpected(origin, "Memjogger could not read the request");
      case 401 -> new Failure.Unauthenticated(origin, "the token was rejected");
      case 403 -> forbidden(origin, codes);
      case 404 -> new Failure.NotFound(origin, what);
      case 405 -> new Failure.Unexpected(origin, "Memjogger does not accept this request");
      case 422 -> rejected(origin, codes);
      default -> StatusFailures.of(origin, problem.httpStatus(), what, problem.retryAfter());
    };
  }

  private static Failure forbidden(Origin origin, List<String> codes) {
    if (codes.contains("trial_expired")) {
      return new Failure.Forbidden(origin, SUBSCRIPTION_REQUIRED + " (the trial has expired)");
    }
    if (codes.contains("sub_expired")) {
      return new Failure.Forbidden(
          origin, SUBSCRIPTION_REQUIRED + " (the subscription has expired)");
    }
    return new Failure.Forbidden(origin, "this account may not do that");
  }

  private static Failure rejected(Origin origin, List<String> codes) {
    List<Violation> violations =
        codes
            .filter(code -> !code.equals("card_set_already_exists"))
            .map(
                code ->
                    INVALID.getOrDefault(
                        code, Violation.of("request", "rejected by Memjogger (" + code + ")")));
    if (!violations.isEmpty()) {
      return new Failure.Invalid(origin, violations);
    }
    if (codes.contains("card_set_already_exists")) {
      return new Failure.Conflict(origin, "another deck has this name (card_set_already_exists)");
    }
    return new Failure.Unexpected(origin, "Memjogger rejected the request without saying why");
  }
}
