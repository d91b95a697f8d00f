package dev.memkit.adapter.memos;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.port.Failure;
import dev.memkit.port.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemosErrorsTest {

  private final EmulatedMemos backend = EmulatedMemos.start();

  @AfterEach
  void stop() {
    backend.close();
  }

  private Note note() {
    return backend.memos().notes().create(NoteDraft.of("x").get()).get();
  }

  @Test
  void shouldNeverRetryQuotaExceeded() {
    Note note = note();
    backend.emulator.answerNext(
        429,
        "application/json",
        "{\"code\":8,\"message\":\"quota\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"QUOTA_EXCEEDED\"}]}",
        Map.of());

    Failure failure = backend.memos().notes().get(note.id()).getLeft();

    assertThat(failure).isInstanceOf(Failure.QuotaExceeded.class);
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ZERO);
  }

  @Test
  void shouldWaitRetryInfoDelayWhenNoRetryAfterHeader() {
    Note note = note();
    backend.emulator.answerNext(
        429,
        "application/json",
        "{\"code\":8,\"message\":\"slow down\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"4s\"}]}",
        Map.of());

    assertThat(backend.memos().notes().get(note.id()).isRight()).isTrue();
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void shouldMapPermissionDeniedToForbiddenWithoutRetry() {
    Note note = note();
    backend.emulator.answerNext(
        403, "application/json", "{\"code\":7,\"message\":\"permission denied\"}", Map.of());

    Failure failure = backend.memos().notes().get(note.id()).getLeft();

    assertThat(failure).isInstanceOf(Failure.Forbidden.class);
    assertThat(failure.message()).contains("permission denied");
  }

  @Test
  void shouldMapInvalidArgumentToInvalid() {
    backend.memos();
    backend.emulator.answerNext(
        400, "application/json", "{\"code\":3,\"message\":\"content too long\"}", Map.of());

    Failure failure = backend.memos().notes().create(NoteDraft.of("y").get()).getLeft();

    assertThat(failure).isInstanceOf(Failure.Invalid.class);
    assertThat(failure.message()).contains("content too long");
  }

  @Test
  void shouldPauseUntilResetWhenRateLimitBudgetIsSpent() {
    Note note = note();
    long reset = backend.clock.instant().plusSeconds(20).getEpochSecond();
    backend.emulator.answerNext(
        200,
        "application/json",
        "{\"version\":\"0.30.0\"}",
        Map.of(
            "X-RateLimit-Limit",
            "1000",
            "X-RateLimit-Remaining",
            "0",
            "X-RateLimit-Reset",
            "" + reset));
    backend.memos().account().serviceInfo().get();

    assertThat(backend.memos().notes().get(note.id()).isRight()).isTrue();
    assertThat(backend.sleeper.slept()).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));
  }

  @Test
  void shouldRefuseUnsupportedDocumentedDialectWhenOnlySystemInfoAnswers() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          boolean info = exchange.getRequestURI().getPath().equals("/api/v1/system/info");
          byte[] body =
              (info
                      ? "{\"version\":\"0.24.0\",\"mode\":\"prod\"}"
                      : "{\"error\":{\"code\":\"NOT_FOUND\"}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(info ? 200 : 404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      Failure failure =
          backend.connect(MemosConfig.of(base, Secret.of("memos_pat_some_token_value"))).getLeft();

      assertThat(failure).isInstanceOf(Failure.Unsupported.class);
      assertThat(failure.message()).contains("documented Memos API dialect");
    } finally {
      server.stop(0);
    }
  }
}
