package dev.memkit.adapter.memjogger;

import dev.memkit.port.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to reach and sign in to Memjogger.
 *
 * @param baseUri the API's root, {@link #DEFAULT_BASE_URI} unless testing against an emulator
 * @param login an e-mail address and password (memkit logs in and renews the token itself) or a
 *     ready token
 * @param zone the user's time zone: {@code client_date}, the day Memjogger schedules from, is today
 *     in this zone (the caller chooses it, usually {@code ZoneId.systemDefault()})
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param requestLog where the request log goes, one line per exchange (method, path, status,
 *     elapsed time; secrets masked); {@link #NO_LOG} to keep none
 */
public record MemjoggerConfig(
    URI baseUri,
    Login login,
    ZoneId zone,
    Duration connectTimeout,
    Duration readTimeout,
    Consumer<String> requestLog) {

  /** Memjogger's API as documented (plain HTTP, as the public wrapper and apps use it). */
  public static final URI DEFAULT_BASE_URI = URI.create("http://memjogger.com/api/");

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** A request log that writes nothing. */
  public static final Consumer<String> NO_LOG = line -> {};

  public MemjoggerConfig {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(requestLog, "requestLog");
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || readTimeout.isNegative()
        || readTimeout.isZero()) {
      throw new IllegalArgumentException("time-outs must be positive");
    }
  }

  /** The default address and time-outs, no request log. */
  public static MemjoggerConfig of(Login login, ZoneId zone) {
    return new MemjoggerConfig(
        DEFAULT_BASE_URI, login, zone, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, NO_LOG);
  }

  public MemjoggerConfig withBaseUri(URI baseUri) {
    return new MemjoggerConfig(baseUri, login, zone, connectTimeout, readTimeout, requestLog);
  }

  public MemjoggerConfig withTimeouts(Duration connectTimeout, Duration readTimeout) {
    return new MemjoggerConfig(baseUri, login, zone, connectTimeout, readTimeout, requestLog);
  }

  public MemjoggerConfig withRequestLog(Consumer<String> requestLog) {
    return new MemjoggerConfig(baseUri, login, zone, connectTimeout, readTimeout, requestLog);
  }

  /** How memkit signs in. */
  public sealed interface Login {

    /**
     * E-mail and password: memkit logs in ({@code POST /api/user/login}), keeps the token, and logs
     * in again once when Memjogger rejects it.
     */
    record Password(String email, Secret password) implements Login {
      public Password {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
      }
    }

    /** A token obtained elsewhere: used as it is; when Memjogger rejects it, calls fail. */
    record Token(Secret token) implements Login {
      public Token {
        Objects.requireNonNull(token, "token");
      }
    }
  }
}
