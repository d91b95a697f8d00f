package dev.memkit.testkit.emulator.maimemo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.word.WordFixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MaiMemoEmulatorTest {

  private static final String TOKEN = "emulator-token";

  private final MutableClock clock = MutableClock.standard();
  private final MaiMemoEmulator emulator =
      MaiMemoEmulator.start(clock, TOKEN).withWords(List.of(WordFixtures.word("apple")));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    emulator.close();
  }

  private HttpResponse<String> send(String method, String path, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> progress() throws IOException, InterruptedException {
    return send("POST", "/api/v1/study/get_study_progress", "{}", TOKEN);
  }

  @Test
  void shouldAnswerInTheEnvelopeUnderBothPrefixesWhenAuthorised() throws Exception {
    var plain = send("GET", "/api/v1/vocabulary?spelling=apple", null, TOKEN);
    var memo = send("GET", "/api/v1/memo/vocabulary?spelling=apple", null, TOKEN);

    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.body()).contains("\"success\":true", "\"spelling\":\"apple\"");
    assertThat(memo.body()).isEqualTo(plain.body());
  }

  @Test
  void shouldRefuseWithUnauthorizedWhenTheTokenIsWrong() throws Exception {
    var answer = send("POST", "/api/v1/study/get_study_progress", "{}", "wrong");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("common_unauthorized", "\"success\":false");
  }

  @Test
  void shouldAnswer429WhenAWindowIsFullAndAdmitAgainOnceItSlides() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(progress().statusCode()).isEqualTo(200);
    }

    assertThat(progress().statusCode()).isEqualTo(429);
    clock.advance(Duration.ofSeconds(10));
    assertThat(progress().statusCode()).isEqualTo(200);
    assertThat(emulator.tooManyRequests()).isEqualTo(1);
  }

  @Test
  void shouldHoldFortyInAnyMinuteWhenTenSecondWindowsHaveRoom() throws Exception {
    for (int batch = 0; batch < 2; batch++) {
      for (int i = 0; i < 20; i++) {
        assertThat(progress().statusCode()).isEqualTo(200);
      }
      clock.advance(Duration.ofSeconds(10));
    }

    assertThat(progress().statusCode()).isEqualTo(429);
    clock.advance(Duration.ofSeconds(40));
    assertThat(progress().statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRefuseThe601stCreationOfABeijingDay() throws Exception {
    emulator.withRateLimits(false);
    String vocId = WordFixtures.word("apple").id().value();
    String body =
        "{\"note\":{\"voc_id\":\"" + vocId + "\",\"note_type\":\"谐音\",\"note\":\"an apple\"}}";
    for (int i = 0; i < MaiMemoEmulator.DAILY_CREATIONS; i++) {
      assertThat(send("POST", "/api/v1/notes", body, TOKEN).statusCode()).isEqualTo(200);
    }

    var refused = send("POST", "/api/v1/notes", body, TOKEN);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"success\":false");
  }

  @Test
  void shouldAnswerInjectedFaultsThenRecoverWhenFailingNext() throws Exception {
    emulator.failNext(2, 503, "common_unavailable", "maintenance");

    assertThat(progress().statusCode()).isEqualTo(503);
    assertThat(progress().body()).contains("maintenance");
    assertThat(progress().statusCode()).isEqualTo(200);
    assertThat(emulator.requests("POST /study/get_study_progress")).isEqualTo(3);
  }

  @Test
  void shouldForbidAdvanceBelowLevelTen() throws Exception {
    emulator.withUserLevel(9);

    var answer = send("POST", "/api/v1/study/advance_study", "{\"voc_ids\":[]}", TOKEN);

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("common_permission_denied");
  }

  @Test
  void shouldRefuseNotepadPagesOverTenWhenListing() throws Exception {
    var answer = send("GET", "/api/v1/notepads?limit=11&offset=0", null, TOKEN);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("property 'limit' must be <= 10");
  }
}
