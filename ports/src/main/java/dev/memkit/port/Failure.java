package dev.memkit.port;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * Why an operation on a port did not succeed. Every port returns {@code Either<Failure, T>};
 * exceptions are for programmer errors only. Each failure names its {@link Origin}. Messages are
 * written for the person using memkit and never contain a secret (token, password, authorisation
 * header).
 */
public sealed interface Failure {

  Origin origin();

  /** One line a person can read: what went wrong and, where it helps, what to do. */
  String message();

  /** The thing asked for does not exist (or is not visible to this account). */
  record NotFound(Origin origin, String what) implements Failure {
    public NotFound {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(what);
    }

    @Override
    public String message() {
      return what + " not found";
    }
  }

  /** The input broke a rule; every violation names its field. */
  record Invalid(Origin origin, Seq<Violation> violations) implements Failure {
    public Invalid {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(violations);
    }

    @Override
    public String message() {
      return "invalid input: " + violations.mkString("; ");
    }
  }

  /** No credentials, or the service rejected them. */
  record Unauthenticated(Origin origin, String detail) implements Failure {
    public Unauthenticated {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(detail);
    }

    @Override
    public String message() {
      return "not signed in to " + origin.backend() + ": " + detail;
    }
  }

  /**
   * Signed in, but not allowed: {@code reason} says why (subscription required, level 10 required,
   * ...).
   */
  record Forbidden(Origin origin, String reason) implements Failure {
    public Forbidden {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(reason);
    }

    @Override
    public String message() {
      return "not allowed: " + reason;
    }
  }

  /**
   * The change clashes with the current state (duplicate name, edited elsewhere since it was read,
   * ...).
   */
  record Conflict(Origin origin, String detail) implements Failure {
    public Conflict {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(detail);
    }

    @Override
    public String message() {
      return "conflict: " + detail;
    }
  }

  /**
   * Too many requests; {@code retryAfter} is how long the service asked us to wait, when it said.
   */
  record RateLimited(Origin origin, Option<Duration> retryAfter) implements Failure {
    public RateLimited {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(retryAfter);
    }

    @Override
    public String message() {
      return "rate limited by "
          + origin.backend()
          + retryAfter.map(d -> "; retry after " + d.toSeconds() + " s").getOrElse("");
    }
  }

  /** A quota that waiting a little will not lift (a daily cap, a storage limit). Never retried. */
  record QuotaExceeded(Origin origin, String quota) implements Failure {
    public QuotaExceeded {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(quota);
    }

    @Override
    public String message() {
      return "quota exceeded: " + quota;
    }
  }

  /** The backend could not be reached or answered with a server error; trying later may work. */
  record Unavailable(Origin origin, String detail) implements Failure {
    public Unavailable {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(detail);
    }

    @Override
    public String message() {
      return origin.backend() + " is unavailable: " + detail;
    }
  }

  /** This backend does not offer the operation (or this version of it does not). */
  record Unsupported(Origin origin, String operation) implements Failure {
    public Unsupported {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(operation);
    }

    @Override
    public String message() {
      return origin.backend() + " does not support " + operation;
    }
  }

  /**
   * Anything else: a response memkit could not understand, a bug. {@code detail} is safe to show.
   */
  record Unexpected(Origin origin, String detail) implements Failure {
    public Unexpected {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(detail);
    }

    @Override
    public String message() {
      return "unexpected answer from " + origin.backend() + ": " + detail;
    }
  }
}
