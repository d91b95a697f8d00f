package dev.memkit.adapter.memjogger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memkit.http.RetryAfter;
import feign.Response;
import feign.Util;
import feign.codec.ErrorDecoder;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads error answers into an {@link HttpProblem}: the status, the {@code {"errors": [...]}} codes
 * when the body has them (404s and 500s come with an empty body; anything unreadable counts as no
 * codes), the request id and {@code Retry-After}.
 */
final class WireErrors implements ErrorDecoder {

  /** Error bodies are a short list of codes; never read more than this. */
  private static final int MAX_BODY = 64 * 1024;

  private final ObjectMapper mapper;
  private final Clock clock;

  WireErrors(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Collection<String> retryAfter = response.headers().get("Retry-After");
    return HttpProblem.status(
        response.status(),
        WireDecoder.requestId(response),
        codes(response),
        retryAfter == null ? Option.none() : RetryAfter.parse(retryAfter, clock));
  }

  private List<String> codes(Response response) {
    if (response.body() == null) {
      return List.of();
    }
    return Try.of(
            () -> {
              try (InputStream in = response.body().asInputStream()) {
                byte[] body = Util.toByteArray(in);
                if (body.length == 0 || body.length > MAX_BODY) {
                  return List.<String>of();
                }
                List<String> codes = new ArrayList<>();
                JsonNode errors = mapper.readTree(body).path("errors");
                errors.forEach(code -> codes.add(code.asText()));
                return List.copyOf(codes);
              }
            })
        .getOrElse(List.of());
  }
}
