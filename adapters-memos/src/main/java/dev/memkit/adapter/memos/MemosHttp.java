package dev.memkit.adapter.memos;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.validation.Violation;
import dev.memkit.http.Idempotency;
import dev.memkit.http.RequestLog;
import dev.memkit.http.RetryAfter;
import dev.memkit.http.RetryPolicy;
import dev.memkit.http.StatusFailures;
import dev.memkit.http.TransportFailures;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.port.Secret;
import dev.memkit.port.Sleeper;
import feign.Client;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.http2client.Http2Client;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One Memos server over HTTP: builds URLs (query values URL-encoded), sends the bearer token in the
 * Authorization header only, reads {@code google.rpc.Status} errors whatever their content type
 * (the auth middleware's 401 comes as {@code text/plain}), and retries idempotent calls through the
 * {@link RetryPolicy}. Every failure message is redacted of the token.
 */
final class MemosHttp {

  static final String BACKEND = "memos";

  /** A raw answer: status, headers (lower-case names) and body. */
  record Answer(int status, Map<String, Collection<String>> headers, byte[] body) {
    Option<String> header(String name) {
      Collection<String> values = headers.get(name);
      return values == null || values.isEmpty()
          ? Option.none()
          : Option.some(values.iterator().next());
    }
  }

  private final Client client;
  private final String base;
  private final Secret token;
  private final Request.Options options;
  private final RetryPolicy retry;
  private final Clock clock;
  private final RequestLog log;
  private final Sleeper sleeper;
  final ObjectMapper json;

  /** The longest wait for a spent rate-limit budget; past it the call fails RateLimited at once. */
  private static final Duration MAX_PACING = Duration.ofSeconds(30);

  /** When the published request budget is spent: no request before this instant. */
  private volatile Instant pausedUntil = Instant.MIN;

  private MemosHttp(
      Client client,
      String base,
      Secret token,
      Request.Options options,
      RetryPolicy retry,
      Clock clock,
      RequestLog log,
      Sleeper sleeper) {
    this.sleeper = sleeper;
    this.client = client;
    this.base = base;
    this.token = token;
    this.options = options;
    this.retry = retry;
    this.clock = clock;
    this.log = log;
    this.json =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  static MemosHttp create(MemosConfig config, Clock clock, Sleeper sleeper, RetryPolicy retry) {
    RequestLog log = RequestLog.to(config.requestLog(), clock, List.of(config.token()));
    HttpClient jdk =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    Request.Options options =
        new Request.Options(
            config.connectTimeout().toMillis(),
            TimeUnit.MILLISECONDS,
            config.readTimeout().toMillis(),
            TimeUnit.MILLISECONDS,
            false);
    String base = config.baseUri().toString().replaceAll("/+$", "");
    return new MemosHttp(
        log.client(new Http2Client(jdk)),
        base,
        config.token(),
        options,
        retry,
        clock,
        log,
        sleeper);
  }

  RetryPolicy retry() {
    return retry;
  }

  RequestLog log() {
    return log;
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  /** A query string map that keeps insertion order. */
  static Map<String, String> query(String... pairs) {
    Map<String, String> query = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      query.put(pairs[i], pairs[i + 1]);
    }
    return query;
  }

  Either<Failure, JsonNode> get(String path, Map<String, String> query, String what) {
    return call("GET", path, query, null, what, Idempotency.IDEMPOTENT);
  }

  /**
   * Sends a JSON request and reads a JSON answer, retrying only when {@code idempotency} allows.
   */
  Either<Failure, JsonNode> call(
      String method,
      String path,
      Map<String, String> query,
      @Nullable JsonNode body,
      String what,
      Idempotency idempotency) {
    return retry.run(
        idempotency,
        () -> exchange(method, path, query, body, what).flatMap(answer -> readJson(answer)));
  }

  /** One attempt, no retry: the raw answer of a 2xx, or the failure. */
  Either<Failure, Answer> exchange(
      String method, String path, Map<String, String> query, @Nullable JsonNode body, String what) {
    Option<Failure> paced = pace();
    if (paced.isDefined()) {
      return Either.left(paced.get());
    }
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Authorization", List.of("Bearer " + token.reveal()));
    headers.put("Accept", List.of("application/json"));
    byte[] bytes = null;
    if (body != null) {
      headers.put("Content-Type", List.of("application/json"));
      bytes = Try.of(() -> json.writeValueAsBytes(body)).get();
    }
    Request request =
        Request.create(
            Request.HttpMethod.valueOf(method),
            base + path + queryString(query),
            headers,
            bytes,
            StandardCharsets.UTF_8,
            new RequestTemplate());
    Answer answer;
    try (Response response = client.execute(request, options)) {
      Map<String, Collection<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      answerHeaders.putAll(response.headers());
      byte[] content = new byte[0];
      if (response.body() != null) {
        try (InputStream in = response.body().asInputStream()) {
          content = in.readAllBytes();
        }
      }
      answer = new Answer(response.status(), answerHeaders, content);
    } catch (IOException | RuntimeException e) {
      return Either.left(TransportFailures.of(BACKEND, e));
    }
    observe(answer);
    if (answer.status() >= 200 && answer.status() < 300) {
      return Either.right(answer);
    }
    return Either.left(failure(answer, what));
  }

  /**
   * Waits out a spent {@code X-RateLimit-*} budget (the documented API publishes one) instead of
   * running into 429s; a wait longer than {@link #MAX_PACING} is not waited but reported.
   */
  private Option<Failure> pace() {
    Duration wait = Duration.between(clock.instant(), pausedUntil);
    if (wait.isNegative() || wait.isZero()) {
      return Option.none();
    }
    if (wait.compareTo(MAX_PACING) > 0) {
      return Option.some(new Failure.RateLimited(Origin.local(BACKEND), Option.some(wait)));
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Option.some(new Failure.RateLimited(Origin.local(BACKEND), Option.some(wait)));
    }
    return Option.none();
  }

  private void observe(Answer answer) {
    Option<Long> remaining = number(answer.header("X-RateLimit-Remaining"));
    Option<Long> reset = number(answer.header("X-RateLimit-Reset"));
    if (remaining.isDefined() && reset.isDefined() && remaining.get() <= 0) {
      pausedUntil = Instant.ofEpochSecond(reset.get());
    }
  }

  private static Option<Long> number(Option<String> header) {
    return header.flatMap(value -> Try.of(() -> Long.parseLong(value.strip())).toOption());
  }

  private Either<Failure, JsonNode> readJson(Answer answer) {
    if (answer.body().length == 0) {
      return Either.right(json.createObjectNode());
    }
    return Try.of(() -> json.readTree(answer.body()))
        .toEither()
        .mapLeft(
            e ->
                (Failure)
                    new Failure.Unexpected(origin(answer.status()), "the answer was not JSON"));
  }

  /**
   * The failure a non-2xx answer stands for: by its {@code google.rpc.Status} code when the body
   * has one (parsed whatever the content type), otherwise by the HTTP status.
   */
  Failure failure(Answer answer, String what) {
    Origin origin = origin(answer.status());
    Option<Duration> retryAfter =
        answer.header("Retry-After").flatMap(value -> RetryAfter.parse(value, clock));
    JsonNode status = Try.of(() -> json.readTree(answer.body())).getOrElse(() -> null);
    if (status == null || !status.isObject() || !status.path("code").isInt()) {
      return StatusFailures.of(origin, answer.status(), what, retryAfter);
    }
    int code = status.path("code").asInt();
    String message = log.redact(status.path("message").asText(""));
    return switch (code) {
      case 3, 9, 11 ->
          new Failure.Invalid(
              origin,
              io.vavr.collection.List.of(
                  Violation.of("request", message.isEmpty() ? "rejected by the server" : message)));
      case 5 -> new Failure.NotFound(origin, what);
      case 6, 10 -> new Failure.Conflict(origin, message);
      case 7 -> new Failure.Forbidden(origin, message);
      case 16 ->
          new Failure.Unauthenticated(
              origin, "the token was rejected (" + message + "); create a personal access token");
      case 8 -> resourceExhausted(origin, status, message, retryAfter);
      case 12 -> new Failure.Unsupported(origin, what + " (" + message + ")");
      case 2, 4, 13, 14, 15 -> new Failure.Unavailable(origin, message);
      default -> StatusFailures.of(origin, answer.status(), what, retryAfter);
    };
  }

  private Failure resourceExhausted(
      Origin origin, JsonNode status, String message, Option<Duration> retryAfter) {
    Option<Duration> retryInfo = Option.none();
    for (JsonNode detail : status.path("details")) {
      if ("QUOTA_EXCEEDED".equals(detail.path("reason").asText())
          || detail.path("@type").asText().endsWith("QuotaFailure")) {
        return new Failure.QuotaExceeded(origin, message);
      }
      String delay = detail.path("retryDelay").asText("");
      if (delay.endsWith("s")) {
        retryInfo =
            Try.of(
                    () ->
                        Duration.ofMillis(
                            Math.round(
                                Double.parseDouble(delay.substring(0, delay.length() - 1)) * 1000)))
                .toOption();
      }
    }
    return new Failure.RateLimited(origin, retryAfter.orElse(retryInfo));
  }

  static Origin origin(int status) {
    return Origin.remote(BACKEND, status, Option.none());
  }

  private static String queryString(Map<String, String> query) {
    StringBuilder out = new StringBuilder();
    query.forEach(
        (name, value) ->
            out.append(out.length() == 0 ? '?' : '&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    return out.toString();
  }

  /** Runs {@code call} with retries (for calls that compose several exchanges). */
  <T> Either<Failure, T> idempotent(Supplier<Either<Failure, T>> call) {
    return retry.run(Idempotency.IDEMPOTENT, call);
  }

  static String encodePath(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  URI base() {
    return URI.create(base);
  }
}
