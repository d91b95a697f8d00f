package dev.memkit.port;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a failure came from: the backend's name ({@code "memos"}, {@code "local"}, ...) and, when
 * the failure came over the wire, the HTTP status and the request id the service assigned, so a
 * user can quote it to the service's support.
 */
public record Origin(String backend, Option<Integer> httpStatus, Option<String> requestId) {

  public Origin {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(httpStatus, "httpStatus");
    Objects.requireNonNull(requestId, "requestId");
  }

  /** A failure raised inside memkit or a local backend, with no HTTP exchange behind it. */
  public static Origin local(String backend) {
    return new Origin(backend, Option.none(), Option.none());
  }

  /** A failure a remote service answered with. */
  public static Origin remote(String backend, int httpStatus, Option<String> requestId) {
    return new Origin(backend, Option.some(httpStatus), requestId);
  }

  @Override
  public String toString() {
    return backend
        + httpStatus.map(status -> " HTTP " + status).getOrElse("")
        + requestId.map(id -> " request " + id).getOrElse("");
  }
}
