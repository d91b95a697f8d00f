package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.adapter.maimemo.MaiMemoConfig.PathPrefix;
import dev.memkit.domain.validation.Violation;
import dev.memkit.http.Idempotency;
import dev.memkit.http.RequestLog;
import dev.memkit.http.RetryAfter;
import dev.memkit.http.RetryPolicy;
import dev.memkit.http.TransportFailures;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.port.Sleeper;
import feign.Client;
import feign.Request;
import feign.Response;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One exchange with the Open API, done right once for every endpoint: paced by the shared {@link
 * RateLimiter}, the token only in the {@code Authorization} header, the {@code {errors, data,
 * success}} envelope unwrapped (a {@code success:false} on HTTP 200 is a failure), the service's
 * error codes turned into typed failures with its own message, reads retried after a 429 (its
 * {@code Retry-After}, else at least 10 s) or a server error, and the path prefix falling back to
 * {@code /memo} once when the plain form is not found.
 */
final class Api {

  static final String BACKEND = "maimemo";
  static final ObjectMapper JSON = new ObjectMapper();

  /** The shortest rate-limit window: the least a 429 without Retry-After is waited for. */
  static final Duration RATE_LIMIT_BACKOFF = Duration.ofSeconds(10);

  private final MaiMemoConfig config;
  private final Clock clock;
  private final RateLimiter limiter;
  private final CreationQuota quota;
  private final RetryPolicy retries;
  private final RequestLog log;
  private final Client client;
  private final Request.Options options;
  private volatile PathPrefix prefix;
  private volatile boolean prefixSettled;

  Api(MaiMemoConfig config, Clock clock, Sleeper sleeper) {
    this.config = config;
    this.clock = clock;
    Accounts.Account account = Accounts.of(config.token(), clock, sleeper, config.safetyMargin());
    this.limiter = account.limiter();
    this.quota = account.quota();
    this.retries = RetryPolicy.exponential(3, RATE_LIMIT_BACKOFF, Duration.ofMinutes(5), sleeper);
    this.log = RequestLog.to(config.requestLog(), clock, java.util.List.of(config.token()));
    // java.net.http, not HttpURLConnection: the latter drops the body of a 401 to a POST.
    this.client =
        log.client(
            new feign.http2client.Http2Client(
                java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .connectTimeout(config.connectTimeout())
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                    .build()));
    this.options =
        new Request.Options(
            config.connectTimeout().toMillis(),
            TimeUnit.MILLISECONDS,
            config.readTimeout().toMillis(),
            TimeUnit.MILLISECONDS,
            true);
    this.prefix = config.prefix();
    this.prefixSettled = config.prefix() == PathPrefix.MEMO;
  }

  Clock clock() {
    return clock;
  }

  CreationQuota quota() {
    return quota;
  }

  RateLimiter limiter() {
    return limiter;
  }

  PathPrefix prefix() {
    return prefix;
  }

  static Origin local() {
    return Origin.local(BACKEND);
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  // ---- the verbs ------------------------------------------------------------------------

  Either<Failure, JsonNode> get(String path, Map<String, String> query, String what) {
    return exchange(Request.HttpMethod.GET, path, query, null, Idempotency.IDEMPOTENT, what);
  }

  Either<Failure, JsonNode> post(String path, JsonNode body, Idempotency idempotency, String what) {
    return exchange(Request.HttpMethod.POST, path, Map.of(), body, idempotency, what);
  }

  /** A POST without a body (the spec declares none for {@code get_study_progress}). */
  Either<Failure, JsonNode> postWithoutBody(String path, String what) {
    return exchange(Request.HttpMethod.POST, path, Map.of(), null, Idempotency.IDEMPOTENT, what);
  }

  Either<Failure, JsonNode> delete(String path, String what) {
    return exchange(Request.HttpMethod.DELETE, path, Map.of(), null, Idempotency.IDEMPOTENT, what);
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Either<Failure, JsonNode> exchange(
      Request.HttpMethod method,
      String path,
      Map<String, String> query,
      @Nullable JsonNode body,
      Idempotency idempotency,
      String what) {
    return retries.run(idempotency, () -> withFallback(method, path, query, body, what));
  }

  /**
   * Sends with the current prefix. Until a plain-form call has succeeded, a {@code
   * common_not_found} is tried once more with {@code /memo}; if that one is answered by anything
   * but not-found, {@code /memo} is used from then on.
   */
  private Either<Failure, JsonNode> withFallback(
      Request.HttpMethod method,
      String path,
      Map<String, String> query,
      @Nullable JsonNode body,
      String what) {
    PathPrefix used = prefix;
    Attempt answer = once(method, used, path, query, body, what);
    if (answer.result().isRight()) {
      prefixSettled = true;
      return answer.result();
    }
    if (!prefixSettled && used == PathPrefix.PLAIN && answer.notFoundCode()) {
      Attempt again = once(method, PathPrefix.MEMO, path, query, body, what);
      // Not found under /memo too: the thing itself is missing and the plain form works.
      prefixSettled = true;
      if (!again.notFoundCode()) {
        prefix = PathPrefix.MEMO;
        return again.result();
      }
    }
    return answer.result();
  }

  /** One answer, and whether it was the service's {@code common_not_found}. */
  private record Attempt(Either<Failure, JsonNode> result, boolean notFoundCode) {
    static Attempt of(Either<Failure, JsonNode> result) {
      return new Attempt(result, false);
    }
  }

  private Attempt once(
      Request.HttpMethod method,
      PathPrefix using,
      String path,
      Map<String, String> query,
      @Nullable JsonNode body,
      String what) {
    if (!limiter.acquire()) {
      return Attempt.of(
          Either.left(new Failure.Unavailable(local(), "interrupted while pacing requests")));
    }
    String url =
        config.baseUri().toString().replaceFirst("/$", "")
            + "/api/v1"
            + using.segment()
            + path
            + queryString(query);
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", java.util.List.of("Bearer " + config.token().reveal()));
    headers.put("Accept", java.util.List.of("application/json"));
    byte[] bytes = null;
    if (body != null) {
      headers.put("Content-Type", java.util.List.of("application/json"));
      try {
        bytes = JSON.writeValueAsBytes(body);
      } catch (IOException e) {
        return Attempt.of(
            Either.left(new Failure.Unexpected(local(), "could not write the request body")));
      }
    }
    Request request = Request.create(method, url, headers, bytes, StandardCharsets.UTF_8, null);
    int status;
    byte[] answer;
    Option<Duration> retryAfter;
    try (Response response = client.execute(request, options)) {
      status = response.status();
      retryAfter =
          RetryAfter.parse(
              response.headers().entrySet().stream()
                  .filter(e -> e.getKey().equalsIgnoreCase("Retry-After"))
                  .flatMap(e -> e.getValue().stream())
                  .toList(),
              clock);
      if (response.body() == null) {
        answer = new byte[0];
      } else {
        try (InputStream in = response.body().asInputStream()) {
          answer = in.readAllBytes();
        }
      }
    } catch (IOException | RuntimeException e) {
      return Attempt.of(Either.left(TransportFailures.of(BACKEND, e)));
    }
    return read(status, answer, retryAfter, what);
  }

  private static String queryString(Map<String, String> query) {
    if (query.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("?");
    query.forEach(
        (k, v) -> {
          if (out.length() > 1) {
            out.append('&');
          }
          out.append(encode(k)).append('=').append(encode(v));
        });
    return out.toString();
  }

  private Attempt read(int status, byte[] bytes, Option<Duration> retryAfter, String what) {
    Origin origin = Origin.remote(BACKEND, status, Option.none());
    if (status == 429) {
      return Attempt.of(Either.left(new Failure.RateLimited(origin, retryAfter)));
    }
    JsonNode envelope;
    try {
      envelope = bytes.length == 0 ? object() : JSON.readTree(bytes);
    } catch (IOException e) {
      return Attempt.of(
          Either.left(
              status >= 500
                  ? new Failure.Unavailable(origin, "server error (HTTP " + status + ")")
                  : new Failure.Unexpected(origin, "unreadable response body")));
    }
    if (envelope == null || !envelope.isObject()) {
      envelope = object();
    }
    boolean success = envelope.path("success").asBoolean(status < 300);
    if (success && status < 300) {
      JsonNode data = envelope.get("data");
      return Attempt.of(Either.right(data == null || data.isNull() ? object() : data));
    }
    JsonNode error = envelope.path("errors").path(0);
    String code = error.path("code").asText("");
    String message =
        log.redact(
            firstText(error, "msg", "message", "info")
                .getOrElse(code.isEmpty() ? "HTTP " + status : code));
    return new Attempt(
        Either.left(failure(origin, status, code, message, retryAfter, what)),
        code.equals("common_not_found"));
  }

  private static Option<String> firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return Option.some(value.asText());
      }
    }
    return Option.none();
  }

  private static Failure failure(
      Origin origin,
      int status,
      String code,
      String message,
      Option<Duration> retryAfter,
      String what) {
    String lower = code.toLowerCase(Locale.ROOT);
    if (lower.contains("too_many") || lower.contains("rate_limit")) {
      return new Failure.RateLimited(origin, retryAfter);
    }
    return switch (code) {
      case "common_unauthorized" -> new Failure.Unauthenticated(origin, message);
      case "common_not_found" -> new Failure.NotFound(origin, what);
      case "common_permission_denied" -> new Failure.Forbidden(origin, message);
      case "common_invalid_param" ->
          new Failure.Invalid(origin, List.of(Violation.of(field(message), message)));
      case "phrase_forbid_tags" ->
          new Failure.Invalid(origin, List.of(Violation.of("tags", message)));
      default -> byStatus(origin, status, code, message, what);
    };
  }

  private static Failure byStatus(
      Origin origin, int status, String code, String message, String what) {
    if (code.contains("limit") || code.contains("quota")) {
      return new Failure.QuotaExceeded(origin, message);
    }
    return switch (status) {
      case 400 ->
          new Failure.Invalid(
              origin, List.of(Violation.of(code.isEmpty() ? "request" : code, message)));
      case 401 -> new Failure.Unauthenticated(origin, message);
      case 403 -> new Failure.Forbidden(origin, message);
      case 404 -> new Failure.NotFound(origin, what);
      default ->
          status >= 500
              ? new Failure.Unavailable(origin, message)
              : new Failure.Unexpected(origin, (code.isEmpty() ? "" : code + ": ") + message);
    };
  }

  /** The property a JSON-schema style message names ({@code property 'limit' must be <= 10}). */
  private static String field(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']+)'").matcher(message);
    return m.find() ? m.group(1) : "request";
  }
}
