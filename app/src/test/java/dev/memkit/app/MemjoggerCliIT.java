package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import dev.memkit.testkit.emulator.memjogger.RecordedRequest;
import dev.memkit.testkit.emulator.memjogger.Subscription;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged memkit against the Memjogger emulator on loopback, configured the way a user
 * configures it: the environment. Decks, cards, grading, the forecast and the native export go
 * through the real adapter over HTTP.
 */
class MemjoggerCliIT {

  private static final String EMAIL = "ada@example.com";
  private static final String PASSWORD = "correct-horse-battery";

  @TempDir Path dir;

  private MemjoggerEmulator emulator;
  private MemjoggerEmulator.Account account;

  @BeforeEach
  void startEmulator() {
    emulator = MemjoggerEmulator.create(Clock.systemDefaultZone()).start();
    account = emulator.createAccount(EMAIL, PASSWORD);
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private MemkitProcess.Run memkit(String... args) throws Exception {
    return MemkitProcess.in(dir)
        .with("MEMJOGGER_URL", emulator.baseUri().toString())
        .with("MEMJOGGER_EMAIL", EMAIL)
        .with("MEMJOGGER_PASSWORD", PASSWORD)
        .run(args);
  }

  @Test
  void shouldShowMemjoggerWithWorkingCredentialsWhenConfigured() throws Exception {
    MemkitProcess.Run run = memkit("backends");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("memjogger  configured: e-mail " + EMAIL + ", password set")
        .contains("credentials: ok (signed in; 0 deck(s))")
        .doesNotContain(PASSWORD);
  }

  @Test
  void shouldManageDecksCardsReviewsAndExportsWhenTheBackendIsMemjogger() throws Exception {
    assertThat(memkit("decks", "create", "Verbs", "--backend", "memjogger").code()).isZero();
    MemkitProcess.Run added =
        memkit(
            "cards",
            "add",
            "--backend",
            "memjogger",
            "--deck",
            "Verbs",
            "-q",
            "go",
            "-a",
            "went",
            "--json");
    assertThat(added.code()).as(added.err()).isZero();
    String id = added.out().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1").strip();

    MemkitProcess.Run graded = memkit("review", "--backend", "memjogger", "--grade", id + "=5");
    MemkitProcess.Run due = memkit("due", "--backend", "memjogger", "--days", "3", "--json");
    MemkitProcess.Run xml =
        memkit("cards", "export", "--backend", "memjogger", "--deck", "Verbs", "--format", "xml");
    MemkitProcess.Run csv =
        memkit("cards", "export", "--backend", "memjogger", "--deck", "Verbs", "--format", "csv");

    assertThat(graded.code()).as(graded.err()).isZero();
    assertThat(graded.out()).contains("next due");
    assertThat(due.code()).isZero();
    assertThat(due.out()).contains("\"today\"", "\"days\"");
    assertThat(xml.code()).as(xml.err()).isZero();
    assertThat(xml.out()).contains("<card", "go", "went");
    assertThat(csv.out()).contains("go,went");
    assertThat(emulator.requests())
        .extracting(RecordedRequest::path)
        .contains("/api/card/" + id + "/mark");
    assertThat(emulator.requests())
        .allSatisfy(request -> assertThat(request.query()).doesNotContain("token="));
  }

  @Test
  void shouldSayASubscriptionIsRequiredWhenTheTrialHasExpired() throws Exception {
    account.subscription(Subscription.TRIAL_EXPIRED);

    MemkitProcess.Run run = memkit("decks", "create", "Verbs", "--backend", "memjogger");

    assertThat(run.code()).isEqualTo(6);
    assertThat(run.err()).contains("subscription required").doesNotContain("\tat ");
  }
}
