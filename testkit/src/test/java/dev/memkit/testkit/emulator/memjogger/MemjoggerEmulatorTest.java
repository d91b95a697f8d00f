package dev.memkit.testkit.emulator.memjogger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memkit.testkit.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemjoggerEmulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MutableClock clock = MutableClock.standard();
  private final MemjoggerEmulator emulator = MemjoggerEmulator.create(clock).start();
  private final MemjoggerEmulator.Account alice =
      emulator.createAccount("alice@example.com", "secret");
  private final String token = alice.login();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void stop() {
    emulator.close();
  }

  private HttpResponse<String> send(String method, String path, String body, String tokenValue)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(emulator.baseUri().resolve(path))
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (!tokenValue.isEmpty()) {
      request.header("X-Memjogger-Token", tokenValue);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return send(method, path, body, token);
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private long newSet(String name) throws Exception {
    return json(send("POST", "cardset", "{\"name\": \"" + name + "\"}")).get("id").asLong();
  }

  private long newCard(long set, String question) throws Exception {
    return json(send(
            "POST",
            "cardset/" + set + "/cards",
            "{\"q\": \"" + question + "\", \"a\": \"x\", \"client_date\": \"2026-01-05\"}"))
        .get("id")
        .asLong();
  }

  @Test
  void shouldAnswerA32HexTokenWhenTheCredentialsAreRight() throws Exception {
    HttpResponse<String> ok =
        send(
            "POST", "user/login", "{\"email\": \"alice@example.com\", \"passwd\": \"secret\"}", "");
    HttpResponse<String> wrong =
        send("POST", "user/login", "{\"email\": \"alice@example.com\", \"passwd\": \"nope\"}", "");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(json(ok).get("token").asText()).matches("[0-9a-f]{32}");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).isEmpty();
  }

  @Test
  void shouldAcceptTheTokenInTheQueryWhenNotInTheHeader() throws Exception {
    assertThat(send("GET", "cardset?token=" + token, "", "").statusCode()).isEqualTo(200);
    assertThat(send("GET", "cardset", "", "").statusCode()).isEqualTo(401);
    emulator.expireTokens();
    assertThat(send("GET", "cardset", "").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldCountExamsFromTheClientDateWhenListingSets() throws Exception {
    long set = newSet("Spanish");
    newCard(set, "uno");
    newCard(set, "dos");

    JsonNode today = json(send("GET", "cardset?client_date=2026-01-05", "")).get("card_sets");
    JsonNode later = json(send("GET", "cardset/" + set + "?client_date=2026-01-08", ""));
    JsonNode none = json(send("GET", "cardset", "")).get("card_sets");

    assertThat(today.get(0).get("exam_count").toString()).isEqualTo("{\"2026-01-06\":2}");
    assertThat(later.get("card_set").get("exam_count").toString()).isEqualTo("{\"old\":2}");
    assertThat(none.get(0).get("exam_count").toString()).isEqualTo("{}");
  }

  @Test
  void shouldPageCardsWhenLimitAndPageAreGiven() throws Exception {
    long set = newSet("Spanish");
    for (int i = 0; i < 12; i++) {
      newCard(set, "q" + i);
    }

    JsonNode defaults = json(send("GET", "cardset/" + set + "/cards", ""));
    JsonNode second = json(send("GET", "cardset/" + set + "/cards?l=5&p=3", ""));

    assertThat(defaults.get("cards")).hasSize(10);
    assertThat(defaults.get("count").asInt()).isEqualTo(12);
    assertThat(defaults.get("pcount").asInt()).isEqualTo(2);
    assertThat(second.get("cards")).hasSize(2);
    assertThat(second.get("cards").get(0).get("q").asText()).isEqualTo("q10");
    assertThat(second.get("pnum").asInt()).isEqualTo(3);
  }

  @Test
  void shouldScheduleWithSm2WhenMarkIsAStringANumberOrUnquoted() throws Exception {
    long set = newSet("Spanish");
    long card = newCard(set, "uno");

    HttpResponse<String> first =
        send("POST", "card/" + card + "/mark", "{\"mark\": \"5\", client_date: \"2026-01-06\"}");
    HttpResponse<String> second =
        send("POST", "card/" + card + "/mark", "{\"mark\": 5, \"client_date\": \"2026-01-07\"}");

    assertThat(json(first).get("next_exam_date").asText()).isEqualTo("2026-01-07");
    assertThat(json(second).get("next_exam_date").asText()).isEqualTo("2026-01-13");
  }

  @Test
  void shouldRejectWithTheDocumentedCodesWhenInputIsInvalid() throws Exception {
    long set = newSet("Spanish");
    long card = newCard(set, "uno");

    assertThat(send("POST", "cardset", "{\"name\": \"" + "x".repeat(26) + "\"}").body())
        .isEqualTo("{\"errors\":[\"card_set_name_invalid\"]}");
    assertThat(send("POST", "cardset", "{\"name\": \"Spanish\"}").body())
        .isEqualTo("{\"errors\":[\"card_set_already_exists\"]}");
    assertThat(send("PUT", "card/" + card, "{\"q\": \" \", \"a\": \"x\"}").body())
        .isEqualTo("{\"errors\":[\"empty_field\"]}");
    assertThat(
            send(
                    "POST",
                    "cardset/" + set + "/cards",
                    "{\"q\": \""
                        + "q".repeat(10_001)
                        + "\", \"a\": \""
                        + "a".repeat(10_001)
                        + "\"}")
                .body())
        .isEqualTo("{\"errors\":[\"question_too_long\",\"answer_too_long\"]}");
    HttpResponse<String> mark =
        send("POST", "card/" + card + "/mark", "{\"mark\": 6, \"client_date\": \"6.1.2026\"}");
    assertThat(mark.statusCode()).isEqualTo(422);
    assertThat(mark.body()).isEqualTo("{\"errors\":[\"invalid_mark\",\"invalid_date_format\"]}");
    assertThat(send("GET", "cardset?client_date=yesterday", "").statusCode()).isEqualTo(422);
    assertThat(send("POST", "cardset", "not json").statusCode()).isEqualTo(400);
  }

  @Test
  void shouldAcceptMarkZeroWhenMarking() throws Exception {
    long card = newCard(newSet("Spanish"), "uno");

    HttpResponse<String> mark =
        send("POST", "card/" + card + "/mark", "{\"mark\": 0, \"client_date\": \"2026-01-06\"}");

    assertThat(json(mark).get("next_exam_date").asText()).isEqualTo("2026-01-07");
  }

  @Test
  void shouldAnswerEmptyBodiesWhenUpdatingDeletingOrMissing() throws Exception {
    long set = newSet("Spanish");
    long card = newCard(set, "uno");

    HttpResponse<String> put = send("PUT", "cardset/" + set, "{\"name\": \"Español\"}");
    HttpResponse<String> delete = send("DELETE", "card/" + card, "");
    HttpResponse<String> missing = send("GET", "card/" + card, "");

    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(put.body()).isEmpty();
    assertThat(delete.statusCode()).isEqualTo(200);
    assertThat(delete.body()).isEmpty();
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEmpty();
    assertThat(send("PATCH", "card/" + card, "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void shouldHideOtherUsersDataWhenAskedForIt() throws Exception {
    long set = newSet("Spanish");
    String bob = emulator.createAccount("bob@example.com", "pw").login();

    assertThat(send("GET", "cardset/" + set, "", bob).statusCode()).isEqualTo(404);
    assertThat(json(send("GET", "cardset", "", bob)).get("card_sets")).isEmpty();
  }

  @Test
  void shouldForbidWritesButAllowReadsWhenTheTrialExpired() throws Exception {
    long set = newSet("Spanish");
    long card = newCard(set, "uno");
    alice.subscription(Subscription.TRIAL_EXPIRED);

    HttpResponse<String> create = send("POST", "cardset", "{\"name\": \"German\"}");

    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(create.body()).isEqualTo("{\"errors\":[\"trial_expired\"]}");
    assertThat(send("GET", "card/" + card, "").statusCode()).isEqualTo(200);
    assertThat(send("POST", "card/" + card + "/mark", "{\"mark\": 4}").statusCode()).isEqualTo(200);
    alice.subscription(Subscription.SUBSCRIPTION_EXPIRED);
    assertThat(send("DELETE", "card/" + card, "").body())
        .isEqualTo("{\"errors\":[\"sub_expired\"]}");
  }

  @Test
  void shouldExportCsvWithOrWithoutHeaderAndXmlWhenAsked() throws Exception {
    long set = newSet("Spanish");
    send(
        "POST",
        "cardset/" + set + "/cards",
        "{\"q\": \"uno, one\", \"a\": \"1\", \"client_date\": \"2026-01-05\"}");

    HttpResponse<String> csv = send("GET", "cardset/" + set + "/cards?export=csv", "");
    emulator.exportHeader(true);
    HttpResponse<String> headed = send("GET", "cardset/" + set + "/cards?export=csv", "");
    HttpResponse<String> xml = send("GET", "cardset/" + set + "/cards?export=xml", "");

    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(csv.body()).isEqualTo("\"uno, one\",1,2026-01-06\r\n");
    assertThat(headed.body()).isEqualTo("q,a,next_exam_date\r\n\"uno, one\",1,2026-01-06\r\n");
    assertThat(xml.body())
        .startsWith("<?xml")
        .contains(
            "<card><id>1</id><q>uno, one</q><a>1</a><next_exam_date>2026-01-06</next_exam_date>"
                + "<card_set_id>1</card_set_id></card>");
  }

  @Test
  void shouldUseTheClockWhenNoClientDateIsSent() throws Exception {
    long set = newSet("Spanish");
    clock.advance(Duration.ofDays(3));

    HttpResponse<String> created =
        send("POST", "cardset/" + set + "/cards", "{\"q\": \"q\", \"a\": \"a\"}");

    assertThat(json(created).get("next_exam_date").asText()).isEqualTo("2026-01-09");
  }

  @Test
  void shouldInjectFaultsInOrderWithoutChangingStateWhenQueued() throws Exception {
    emulator.failNext(1).malformNext(1).answerNext(422, "{\"errors\": [\"answer_too_long\"]}");

    assertThat(send("POST", "cardset", "{\"name\": \"A\"}").statusCode()).isEqualTo(500);
    HttpResponse<String> malformed = send("POST", "cardset", "{\"name\": \"A\"}");
    assertThat(malformed.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> json(malformed)).isInstanceOf(IOException.class);
    HttpResponse<String> canned = send("POST", "cardset", "{\"name\": \"A\"}");
    assertThat(canned.statusCode()).isEqualTo(422);
    assertThat(canned.body()).isEqualTo("{\"errors\": [\"answer_too_long\"]}");
    assertThat(json(send("GET", "cardset", "")).get("card_sets")).isEmpty();
  }

  @Test
  void shouldRejectTokensButNotLoginsWhenRejectingNext() throws Exception {
    emulator.rejectNext(2);

    assertThat(send("GET", "cardset", "").statusCode()).isEqualTo(401);
    assertThat(
            send(
                    "POST",
                    "user/login",
                    "{\"email\": \"alice@example.com\", \"passwd\": \"secret\"}",
                    "")
                .statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "cardset", "").statusCode()).isEqualTo(401);
    assertThat(send("GET", "cardset", "").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldCloseTheConnectionWithoutAnswerWhenDropping() {
    emulator.dropNext(1);

    assertThatThrownBy(() -> send("POST", "cardset", "{\"name\": \"A\"}"))
        .isInstanceOf(IOException.class);
    assertThat(emulator.requests("POST /api/cardset")).hasSize(1);
  }

  @Test
  void shouldAnswerTooLateForAShortTimeOutWhenSlow() {
    emulator.latency(Duration.ofMillis(250));
    HttpRequest request =
        HttpRequest.newBuilder(emulator.baseUri().resolve("cardset"))
            .header("X-Memjogger-Token", token)
            .timeout(Duration.ofMillis(50))
            .build();

    assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    emulator.clearFaults();
  }

  @Test
  void shouldRecordEveryRequestWithHeadersAndARequestIdWhenServing() throws Exception {
    emulator.clearRequests();

    HttpResponse<String> response = send("GET", "cardset?client_date=2026-01-05", "");

    assertThat(response.headers().firstValue(MemjoggerEmulator.REQUEST_ID_HEADER)).isPresent();
    assertThat(emulator.requests()).hasSize(1);
    RecordedRequest request = emulator.requests().get(0);
    assertThat(request.line()).isEqualTo("GET /api/cardset");
    assertThat(request.query()).isEqualTo("client_date=2026-01-05");
    assertThat(request.header("x-memjogger-token")).contains(token);
  }

  @Test
  void shouldRefuseASecondAccountWhenTheEmailIsTaken() {
    assertThatThrownBy(() -> emulator.createAccount("alice@example.com", "other"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(URI.create(emulator.baseUri().toString()).getHost()).isEqualTo("127.0.0.1");
  }
}
