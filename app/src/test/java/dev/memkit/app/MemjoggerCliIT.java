package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import dev.memkit.testkit.emulator.memjogger.RecordedRequest;
import dev.memkit.testkit.emulator.memjogger.Subscription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

  private record Run(int code, String out, String err) {}

  private Run memkit(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of("target", "memkit-app-0.1.0.jar").toAbsolutePath().toString());
    command.add("--db");
    command.add(dir.resolve("memkit.db").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("MEMJOGGER_") || name.startsWith("MEMKIT_"));
    env.put("MEMJOGGER_URL", emulator.baseUri().toString());
    env.put("MEMJOGGER_EMAIL", EMAIL);
    env.put("MEMJOGGER_PASSWORD", PASSWORD);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("memkit finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void shouldShowMemjoggerWithWorkingCredentialsWhenConfigured() throws Exception {
    Run run = memkit("backends");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("memjogger  configured: e-mail " + EMAIL + ", password set")
        .contains("credentials: ok (signed in; 0 deck(s))")
        .doesNotContain(PASSWORD);
  }

  @Test
  void shouldManageDecksCardsReviewsAndExportsWhenTheBackendIsMemjogger() throws Exception {
    assertThat(memkit("decks", "create", "Verbs", "--backend", "memjogger").code()).isZero();
    Run added =
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

    Run graded = memkit("review", "--backend", "memjogger", "--grade", id + "=5");
    Run due = memkit("due", "--backend", "memjogger", "--days", "3", "--json");
    Run xml =
        memkit("cards", "export", "--backend", "memjogger", "--deck", "Verbs", "--format", "xml");
    Run csv =
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

    Run run = memkit("decks", "create", "Verbs", "--backend", "memjogger");

    assertThat(run.code()).isEqualTo(6);
    assertThat(run.err()).contains("subscription required").doesNotContain("\tat ");
  }
}
