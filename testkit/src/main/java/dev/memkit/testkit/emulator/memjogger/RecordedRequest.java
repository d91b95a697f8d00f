package dev.memkit.testkit.emulator.memjogger;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One request the emulator received, for assertions: the method, the path ({@code
 * /api/cardset/1/cards}), the raw query string (empty when there is none), the headers (names in
 * lower case) and the body as text.
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, String body) {

  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(body, "body");
    TreeMap<String, List<String>> copy = new TreeMap<>();
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /** The first value of header {@code name} (any case), if sent. */
  public Option<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Option.none() : Option.some(values.get(0));
  }

  /** {@code "GET /api/cardset"}: method and path, without the query. */
  public String line() {
    return method + " " + path;
  }
}
