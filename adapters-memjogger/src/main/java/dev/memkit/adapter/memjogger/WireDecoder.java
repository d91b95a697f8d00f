package dev.memkit.adapter.memjogger;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Reads successful answers: exports as text with their media type, everything else as JSON through
 * Jackson on the adapter's mapper. An empty or unreadable body where JSON is expected becomes a
 * malformed {@link HttpProblem}; Feign never calls this for {@code void} methods, so the empty 200s
 * of PUT and DELETE need no decoding.
 */
final class WireDecoder implements Decoder {

  private final JacksonDecoder json;

  WireDecoder(ObjectMapper mapper) {
    this.json = new JacksonDecoder(mapper);
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body;
    if (response.body() == null) {
      body = new byte[0];
    } else {
      try (InputStream in = response.body().asInputStream()) {
        body = Util.toByteArray(in);
      }
    }
    if (type == Wire.Text.class) {
      return new Wire.Text(new String(body, StandardCharsets.UTF_8), contentType(response));
    }
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw HttpProblem.malformed(response.status(), requestId(response));
    }
    Object decoded;
    try {
      decoded = json.decode(response.toBuilder().body(body).build(), type);
    } catch (IOException | RuntimeException e) {
      throw HttpProblem.malformed(response.status(), requestId(response));
    }
    if (decoded == null) {
      throw HttpProblem.malformed(response.status(), requestId(response));
    }
    return decoded;
  }

  static Option<String> requestId(Response response) {
    return first(response, "X-Request-Id");
  }

  private static String contentType(Response response) {
    return first(response, "Content-Type").getOrElse("");
  }

  private static Option<String> first(Response response, String header) {
    Collection<String> values = response.headers().get(header);
    return values == null || values.isEmpty()
        ? Option.none()
        : Option.of(values.iterator().next()).filter(value -> !value.isBlank());
  }
}
