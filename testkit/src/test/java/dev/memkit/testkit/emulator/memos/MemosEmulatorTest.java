package dev.memkit.testkit.emulator.memos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.testkit.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemosEmulatorTest {

  private final MemosEmulator emulator = MemosEmulator.start(MutableClock.standard());
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void stop() {
    emulator.close();
  }

  private HttpResponse<String> send(String method, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
            .timeout(Duration.ofSeconds(5))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, MemosEmulator.TOKEN, "");
  }

  @Test
  void shouldAnswerPlainText401WhenTokenIsWrong() throws Exception {
    HttpResponse<String> response = send("GET", "/api/v1/auth/me", "wrong", "");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    assertThat(response.body()).contains("\"code\":16");
  }

  @Test
  void shouldFailWith500WhenAskedTo() throws Exception {
    emulator.failNext(1);

    assertThat(get("/api/v1/instance/profile").statusCode()).isEqualTo(500);
    assertThat(get("/api/v1/instance/profile").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRateLimitWithRetryAfterWhenAskedTo() throws Exception {
    emulator.rateLimitNext(1, 9);

    HttpResponse<String> response = get("/api/v1/memos?pageSize=5");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).contains("9");
    assertThat(response.body()).contains("RATE_LIMITED");
  }

  @Test
  void shouldDropConnectionWhenAskedTo() {
    emulator.dropNext(1);

    // A POST, because the JDK client silently re-sends a GET whose connection was closed.
    assertThatThrownBy(
            () -> send("POST", "/api/v1/memos", MemosEmulator.TOKEN, "{\"content\":\"x\"}"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void shouldFilterWithCelAndPageWithEncodedTokens() throws Exception {
    for (String content : new String[] {"a #work", "b #work", "c #home", "d \"q\" #work"}) {
      send(
          "POST",
          "/api/v1/memos",
          MemosEmulator.TOKEN,
          "{\"content\":\"" + content.replace("\"", "\\\"") + "\",\"visibility\":\"PUBLIC\"}");
    }

    HttpResponse<String> first = get("/api/v1/memos?pageSize=2&filter=%22work%22%20in%20tags");
    assertThat(first.body()).contains("\"nextPageToken\":\"++++");
    HttpResponse<String> quoted =
        get(
            "/api/v1/memos?filter=content.contains(%22%5C%22q%5C%22%22)%20%26%26%20visibility%20%3D%3D%20%22PUBLIC%22");
    assertThat(quoted.body()).contains("d \\\"q\\\" #work").doesNotContain("a #work");
    assertThat(get("/api/v1/memos?filter=bogus").statusCode()).isEqualTo(400);
  }
}
