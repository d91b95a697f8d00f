package dev.memkit.adapter.memos;

import dev.memkit.port.Secret;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to reach a Memos server: its base URI ({@code https://memos.example.com}, without {@code
 * /api/v1}), a personal access token ({@code memos_pat_…}), optionally a forced {@link
 * Memos.Dialect} instead of detection, the connect and read time-outs, and where the one-line
 * request log goes (never with the token).
 */
public record MemosConfig(
    URI baseUri,
    Secret token,
    Option<Memos.Dialect> dialect,
    Duration connectTimeout,
    Duration readTimeout,
    Consumer<String> requestLog) {

  public MemosConfig {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(requestLog, "requestLog");
  }

  /** Detected dialect, 10 s to connect, 30 s to answer, no request log. */
  public static MemosConfig of(URI baseUri, Secret token) {
    return new MemosConfig(
        baseUri, token, Option.none(), Duration.ofSeconds(10), Duration.ofSeconds(30), line -> {});
  }

  /** This configuration, always speaking {@code dialect} (no detection). */
  public MemosConfig withDialect(Memos.Dialect dialect) {
    return new MemosConfig(
        baseUri, token, Option.some(dialect), connectTimeout, readTimeout, requestLog);
  }

  public MemosConfig withToken(Secret token) {
    return new MemosConfig(baseUri, token, dialect, connectTimeout, readTimeout, requestLog);
  }

  public MemosConfig withTimeouts(Duration connect, Duration read) {
    return new MemosConfig(baseUri, token, dialect, connect, read, requestLog);
  }

  public MemosConfig withRequestLog(Consumer<String> sink) {
    return new MemosConfig(baseUri, token, dialect, connectTimeout, readTimeout, sink);
  }

  @Override
  public String toString() {
    return "MemosConfig[" + baseUri + ", token " + token + ", dialect " + dialect + "]";
  }
}
