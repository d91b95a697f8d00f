package dev.memkit.http;

import dev.memkit.port.Secret;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A one-line-per-exchange request log that never shows a secret: method, path, status (or what went
 * wrong) and elapsed time, e.g. {@code GET /api/cardset?client_date=2026-01-05 -> 200 (12 ms)}.
 * Headers and bodies are never logged. Query parameters whose names suggest a credential ({@code
 * token}, {@code passwd}, ...) have their values replaced by {@code ****}, and every registered
 * {@link Secret} — the configured ones and those learnt at run time through {@link #mask} (a
 * session token) — is masked wherever it appears, plain or URL-encoded.
 *
 * <p>Lines go to the injected sink (a {@code Consumer<String>}; pass {@code line ->
 * logger.log(DEBUG, line)} to use a {@link System.Logger}). Elapsed time is read from the injected
 * clock. Thread-safe.
 */
public final class RequestLog {

  private static final String MASK = "****";

  /** Query parameter names whose values are credentials, compared without case. */
  private static final Set<String> SECRET_PARAMETERS =
      Set.of(
          "token",
          "access_token",
          "api_key",
          "apikey",
          "key",
          "passwd",
          "password",
          "secret",
          "auth");

  private final Consumer<String> sink;
  private final Clock clock;
  private final List<String> secrets = new CopyOnWriteArrayList<>();

  private RequestLog(Consumer<String> sink, Clock clock) {
    this.sink = sink;
    this.clock = clock;
  }

  /** A log writing to {@code sink}, masking {@code secrets}, timing with {@code clock}. */
  public static RequestLog to(Consumer<String> sink, Clock clock, Iterable<Secret> secrets) {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(clock, "clock");
    RequestLog log = new RequestLog(sink, clock);
    secrets.forEach(log::mask);
    return log;
  }

  /** A log that writes nothing (but still redacts, for callers that use {@link #redact}). */
  public static RequestLog discarding(Clock clock) {
    return to(line -> {}, clock, List.of());
  }

  /** Masks {@code secret} from now on, e.g. a token just received from a login. */
  public RequestLog mask(Secret secret) {
    Objects.requireNonNull(secret, "secret");
    String plain = secret.reveal();
    String encoded = URLEncoder.encode(plain, StandardCharsets.UTF_8);
    for (String form : List.of(plain, encoded)) {
      if (!secrets.contains(form)) {
        secrets.add(form);
      }
    }
    return this;
  }

  /** {@code text} with every registered secret replaced by {@code ****}. */
  public String redact(String text) {
    Objects.requireNonNull(text, "text");
    String redacted = text;
    // Longest first, so a secret that contains another is masked whole.
    List<String> ordered =
        secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String secret : ordered) {
      redacted = redacted.replace(secret, MASK);
    }
    return redacted;
  }

  /**
   * The path and query of {@code url}, without scheme, host or fragment, with credential query
   * values and registered secrets masked.
   */
  public String safePath(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return redact("(unparseable URL)");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery();
    return redact(query == null || query.isEmpty() ? path : path + "?" + maskParameters(query));
  }

  /** Logs an exchange that got an answer. */
  public void answered(String method, String url, int status, Duration elapsed) {
    write(method + " " + safePath(url) + " -> " + status + " (" + elapsed.toMillis() + " ms)");
  }

  /** Logs an exchange that got no answer; {@code what} is a safe description. */
  public void failed(String method, String url, String what, Duration elapsed) {
    write(
        method + " " + safePath(url) + " -> failed: " + what + " (" + elapsed.toMillis() + " ms)");
  }

  /** The clock elapsed times are measured with. */
  Clock clock() {
    return clock;
  }

  /**
   * {@code delegate} wrapped so that each exchange is logged here; failures are described with
   * {@link TransportFailures#describe} and rethrown unchanged.
   */
  public feign.Client client(feign.Client delegate) {
    return new LoggingClient(Objects.requireNonNull(delegate, "delegate"), this);
  }

  private void write(String line) {
    sink.accept(redact(line));
  }

  private static String maskParameters(String query) {
    StringBuilder out = new StringBuilder();
    for (String pair : query.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (equals >= 0 && SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
        out.append(name).append('=').append(MASK);
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }
}
