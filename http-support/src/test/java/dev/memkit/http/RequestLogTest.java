package dev.memkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.port.Secret;
import dev.memkit.testkit.MutableClock;
import feign.Client;
import feign.Request;
import feign.Response;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLogTest {

  private static final Secret PASSWORD = Secret.of("p@ss word&1");
  private static final Secret TOKEN = Secret.of("239e2d1739db436be2eb711b688e06d0");

  private final MutableClock clock = MutableClock.standard();
  private final List<String> lines = new ArrayList<>();
  private final RequestLog log = RequestLog.to(lines::add, clock, List.of(PASSWORD));

  @Test
  void shouldWriteMethodPathStatusAndElapsedTimeWhenAnswered() {
    log.answered(
        "GET",
        "http://memjogger.com/api/cardset?client_date=2026-01-05",
        200,
        Duration.ofMillis(12));

    assertThat(lines).containsExactly("GET /api/cardset?client_date=2026-01-05 -> 200 (12 ms)");
  }

  @Test
  void shouldMaskCredentialParametersWhenTheQueryHoldsThem() {
    log.answered("GET", "http://host/api/card/12?token=abcdef&l=10&PASSWD=x", 401, Duration.ZERO);

    assertThat(lines).containsExactly("GET /api/card/12?token=****&l=10&PASSWD=**** -> 401 (0 ms)");
  }

  @Test
  void shouldMaskSecretsWhereverTheyAppearWhenPlainOrEncoded() {
    log.mask(TOKEN);

    log.failed(
        "POST",
        "http://host/api/x/" + TOKEN.reveal() + "?q=p%40ss+word%261",
        "boom " + PASSWORD.reveal(),
        Duration.ZERO);

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .doesNotContain(TOKEN.reveal())
        .doesNotContain(PASSWORD.reveal())
        .doesNotContain("p%40ss+word%261")
        .isEqualTo("POST /api/x/****?q=**** -> failed: boom **** (0 ms)");
  }

  @Test
  void shouldRedactTextWhenAskedDirectly() {
    assertThat(log.redact("password is " + PASSWORD.reveal())).isEqualTo("password is ****");
  }

  @Test
  void shouldLogEachExchangeWhenWrappingAFeignClient() throws Exception {
    Client answering =
        (request, options) -> {
          clock.advance(Duration.ofMillis(40));
          return Response.builder()
              .status(204)
              .request(request)
              .headers(Map.of())
              .body(new byte[0])
              .build();
        };

    Response response = log.client(answering).execute(request("DELETE"), options());

    assertThat(response.status()).isEqualTo(204);
    assertThat(lines).containsExactly("DELETE /api/card/1?token=**** -> 204 (40 ms)");
  }

  @Test
  void shouldLogASafeDescriptionAndRethrowWhenTheExchangeFails() {
    Client refusing =
        (request, options) -> {
          throw new ConnectException("Connection refused to " + request.url());
        };

    assertThatThrownBy(() -> log.client(refusing).execute(request("GET"), options()))
        .isInstanceOf(ConnectException.class);
    assertThat(lines)
        .containsExactly("GET /api/card/1?token=**** -> failed: connection refused (0 ms)");
  }

  private static Request request(String method) {
    return Request.create(
        Request.HttpMethod.valueOf(method),
        "http://127.0.0.1:1/api/card/1?token=" + TOKEN.reveal(),
        Map.of(),
        null,
        StandardCharsets.UTF_8,
        null);
  }

  private static Request.Options options() {
    return new Request.Options();
  }
}
