package dev.memkit.http;

import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * The usual meaning of an HTTP error status, for answers an adapter has no more specific reading
 * of: 401 unauthenticated, 403 forbidden, 404 not found, 409 conflict, 429 rate limited, 5xx
 * unavailable, anything else unexpected. Adapters map their service's own error codes first and
 * fall back to this.
 */
public final class StatusFailures {

  private StatusFailures() {}

  /**
   * The failure for {@code status} from {@code origin}; {@code what} names the thing asked for (for
   * 404), {@code retryAfter} is the parsed {@code Retry-After} header (for 429).
   */
  public static Failure of(Origin origin, int status, String what, Option<Duration> retryAfter) {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(retryAfter, "retryAfter");
    return switch (status) {
      case 401 -> new Failure.Unauthenticated(origin, "the credentials were rejected");
      case 403 -> new Failure.Forbidden(origin, "this account may not do that");
      case 404, 410 -> new Failure.NotFound(origin, what);
      case 409 -> new Failure.Conflict(origin, "the change clashes with the current state");
      case 429 -> new Failure.RateLimited(origin, retryAfter);
      default ->
          status >= 500
              ? new Failure.Unavailable(origin, "server error (HTTP " + status + ")")
              : new Failure.Unexpected(origin, "HTTP " + status);
    };
  }
}
