package dev.memkit.adapter.maimemo;

import dev.memkit.port.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to reach MaiMemo: the base URI ({@code https://open.maimemo.com/open} by default), the Open
 * API token (a pasted {@code "Bearer "} in front is dropped), which path spelling to use first
 * ({@link PathPrefix}), the connect and read time-outs, where the request log goes (one safe line
 * per exchange, never a header or body) and the safety margin the rate limiter adds to each wait.
 */
public record MaiMemoConfig(
    URI baseUri,
    Secret token,
    PathPrefix prefix,
    Duration connectTimeout,
    Duration readTimeout,
    Consumer<String> requestLog,
    Duration safetyMargin) {

  /** The production base URI. */
  public static final URI DEFAULT_BASE_URI = URI.create("https://open.maimemo.com/open");

  /**
   * The two spellings of the word-learning paths. {@link #PLAIN} ({@code /api/v1/notes}) falls back
   * to {@link #MEMO} ({@code /api/v1/memo/notes}) once when the service answers {@code
   * common_not_found} before any plain call has succeeded.
   */
  public enum PathPrefix {
    PLAIN(""),
    MEMO("/memo");

    private final String segment;

    PathPrefix(String segment) {
      this.segment = segment;
    }

    String segment() {
      return segment;
    }
  }

  public MaiMemoConfig {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(requestLog, "requestLog");
    Objects.requireNonNull(safetyMargin, "safetyMargin");
    token = withoutBearer(token);
  }

  /**
   * The defaults: production, plain paths, 10 s to connect, 30 s to read, no log, 100 ms margin.
   */
  public static MaiMemoConfig of(Secret token) {
    return new MaiMemoConfig(
        DEFAULT_BASE_URI,
        token,
        PathPrefix.PLAIN,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        line -> {},
        Duration.ofMillis(100));
  }

  public MaiMemoConfig withBaseUri(URI value) {
    return new MaiMemoConfig(
        value, token, prefix, connectTimeout, readTimeout, requestLog, safetyMargin);
  }

  public MaiMemoConfig withPrefix(PathPrefix value) {
    return new MaiMemoConfig(
        baseUri, token, value, connectTimeout, readTimeout, requestLog, safetyMargin);
  }

  public MaiMemoConfig withTimeouts(Duration connect, Duration read) {
    return new MaiMemoConfig(baseUri, token, prefix, connect, read, requestLog, safetyMargin);
  }

  public MaiMemoConfig withRequestLog(Consumer<String> sink) {
    return new MaiMemoConfig(
        baseUri, token, prefix, connectTimeout, readTimeout, sink, safetyMargin);
  }

  public MaiMemoConfig withSafetyMargin(Duration value) {
    return new MaiMemoConfig(
        baseUri, token, prefix, connectTimeout, readTimeout, requestLog, value);
  }

  private static Secret withoutBearer(Secret token) {
    String value = token.reveal().strip();
    if (value.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return Secret.of(value.substring("bearer ".length()).strip());
    }
    return value.equals(token.reveal()) ? token : Secret.of(value);
  }

  @Override
  public String toString() {
    return "MaiMemoConfig[baseUri=" + baseUri + ", token=" + token + ", prefix=" + prefix + "]";
  }
}
