package dev.memkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import feign.Request;
import feign.RetryableException;
import feign.codec.DecodeException;
import io.vavr.control.Option;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {

  private static final String SECRET_URL = "http://host/api/card/1?token=deadbeefdeadbeef";

  @Test
  void shouldBeUnavailableWhenTheConnectionIsRefused() {
    Failure failure = TransportFailures.of("svc", feignWrapped(new ConnectException(SECRET_URL)));

    assertThat(failure)
        .isEqualTo(new Failure.Unavailable(Origin.local("svc"), "connection refused"));
  }

  @Test
  void shouldTellTimeOutsApartWhenConnectingOrWaiting() {
    assertThat(TransportFailures.of("svc", new HttpConnectTimeoutException(SECRET_URL)).message())
        .isEqualTo("svc is unavailable: could not connect in time");
    assertThat(TransportFailures.of("svc", feignWrapped(new HttpTimeoutException(SECRET_URL))))
        .isInstanceOf(Failure.Unavailable.class)
        .extracting(Failure::message)
        .isEqualTo("svc is unavailable: no answer in time");
    assertThat(TransportFailures.of("svc", new SocketTimeoutException(SECRET_URL)).message())
        .endsWith("no answer in time");
  }

  @Test
  void shouldBeUnavailableWhenTheConnectionIsResetOrClosed() {
    for (IOException error :
        new IOException[] {
          new SocketException("Connection reset " + SECRET_URL),
          new EOFException("EOF " + SECRET_URL),
          new IOException("HTTP/1.1 header parser received no bytes")
        }) {
      assertThat(TransportFailures.of("svc", feignWrapped(error)))
          .isEqualTo(
              new Failure.Unavailable(
                  Origin.local("svc"), "connection closed or reset before a complete answer"));
    }
  }

  @Test
  void shouldBeUnavailableWhenTheHostIsUnknown() {
    assertThat(TransportFailures.of("svc", new UnknownHostException("memjogger.invalid")).message())
        .endsWith("unknown host");
  }

  @Test
  void shouldBeUnexpectedWithTheStatusWhenTheBodyCannotBeDecoded() {
    DecodeException malformed =
        new DecodeException(200, "Unexpected character at " + SECRET_URL, request());

    Failure failure = TransportFailures.of("svc", malformed);

    assertThat(failure)
        .isEqualTo(
            new Failure.Unexpected(
                Origin.remote("svc", 200, Option.none()), "unreadable response body"));
  }

  @Test
  void shouldNameOnlyTheClassWhenTheErrorIsUnknown() {
    Failure failure = TransportFailures.of("svc", new IllegalStateException(SECRET_URL));

    assertThat(failure).isInstanceOf(Failure.Unexpected.class);
    assertThat(failure.message()).contains("IllegalStateException").doesNotContain("deadbeef");
  }

  @Test
  void shouldNeverCopyTheExceptionTextWhenDescribing() {
    assertThat(TransportFailures.describe(feignWrapped(new ConnectException(SECRET_URL))))
        .isEqualTo("connection refused");
    assertThat(TransportFailures.describe(new IllegalStateException(SECRET_URL)))
        .isEqualTo("IllegalStateException");
  }

  @Test
  void shouldMapStatusesToTheirUsualMeaningWhenNothingMoreIsKnown() {
    Origin origin = Origin.remote("svc", 0, Option.none());
    Option<Duration> wait = Option.some(Duration.ofSeconds(3));

    assertThat(StatusFailures.of(origin, 401, "card 1", wait))
        .isInstanceOf(Failure.Unauthenticated.class);
    assertThat(StatusFailures.of(origin, 403, "card 1", wait))
        .isInstanceOf(Failure.Forbidden.class);
    assertThat(StatusFailures.of(origin, 404, "card 1", wait))
        .isEqualTo(new Failure.NotFound(origin, "card 1"));
    assertThat(StatusFailures.of(origin, 409, "card 1", wait)).isInstanceOf(Failure.Conflict.class);
    assertThat(StatusFailures.of(origin, 429, "card 1", wait))
        .isEqualTo(new Failure.RateLimited(origin, wait));
    assertThat(StatusFailures.of(origin, 503, "card 1", wait))
        .isInstanceOf(Failure.Unavailable.class);
    assertThat(StatusFailures.of(origin, 418, "card 1", wait))
        .isInstanceOf(Failure.Unexpected.class);
  }

  private static RetryableException feignWrapped(IOException cause) {
    return new RetryableException(
        -1,
        "I/O error executing GET " + SECRET_URL,
        Request.HttpMethod.GET,
        cause,
        (Long) null,
        request());
  }

  private static Request request() {
    return Request.create(
        Request.HttpMethod.GET, SECRET_URL, Map.of(), null, StandardCharsets.UTF_8, null);
  }
}
