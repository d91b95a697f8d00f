package dev.memkit.adapter.memjogger;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;

/**
 * What went wrong with an answer, carried out of Feign's decoders: its status, the request id the
 * service gave, the {@code errors} codes of its body, its {@code Retry-After}, and whether the body
 * itself was unreadable. Holds no text from the exchange beyond the codes, and no stack trace.
 */
final class HttpProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Option<String> requestId;
  private final transient List<String> codes;
  private final transient Option<Duration> retryAfter;
  private final boolean malformed;

  private HttpProblem(
      int status,
      Option<String> requestId,
      List<String> codes,
      Option<Duration> retryAfter,
      boolean malformed) {
    super("HTTP " + status, null, false, false);
    this.status = status;
    this.requestId = requestId;
    this.codes = List.copyOf(codes);
    this.retryAfter = retryAfter;
    this.malformed = malformed;
  }

  /** An error status with its codes. */
  static HttpProblem status(
      int status, Option<String> requestId, List<String> codes, Option<Duration> retryAfter) {
    return new HttpProblem(status, requestId, codes, retryAfter, false);
  }

  /** A success status whose body could not be read as what the call expects. */
  static HttpProblem malformed(int status, Option<String> requestId) {
    return new HttpProblem(status, requestId, List.of(), Option.none(), true);
  }

  int httpStatus() {
    return status;
  }

  Option<String> requestId() {
    return requestId;
  }

  List<String> codes() {
    return codes;
  }

  Option<Duration> retryAfter() {
    return retryAfter;
  }

  boolean malformed() {
    return malformed;
  }
}
