package dev.memkit.http;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** A Feign client that writes one {@link RequestLog} line per exchange. */
final class LoggingClient implements Client {

  private final Client delegate;
  private final RequestLog log;

  LoggingClient(Client delegate, RequestLog log) {
    this.delegate = delegate;
    this.log = log;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Instant start = log.clock().instant();
    String method = request.httpMethod().name();
    try {
      Response response = delegate.execute(request, options);
      log.answered(method, request.url(), response.status(), since(start));
      return response;
    } catch (IOException | RuntimeException e) {
      log.failed(method, request.url(), TransportFailures.describe(e), since(start));
      throw e;
    }
  }

  private Duration since(Instant start) {
    Duration elapsed = Duration.between(start, log.clock().instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }
}
