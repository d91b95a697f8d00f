package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.testkit.emulator.maimemo.MaiMemoEmulator;
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
 * The packaged memkit configured for MaiMemo (the emulator on loopback): the backend is installed
 * and checked.
 */
class MaiMemoCliIT {

  private static final String TOKEN = "FAKE-maimemo-token-for-tests";

  @TempDir Path dir;

  private MaiMemoEmulator emulator;

  @BeforeEach
  void startEmulator() {
    emulator = MaiMemoEmulator.start(Clock.systemUTC(), TOKEN);
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private record Run(int code, String out, String err) {}

  private Run memkit(String token, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of("target", "memkit-app-0.1.0.jar").toAbsolutePath().toString());
    command.add("--db");
    command.add(dir.resolve("memkit.db").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("MAIMEMO_") || name.startsWith("MEMKIT_"));
    env.put("MAIMEMO_URL", emulator.baseUri().toString());
    env.put("MAIMEMO_TOKEN", "Bearer " + token);
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
  void shouldShowMaiMemoWithAnAcceptedTokenWhenConfigured() throws Exception {
    Run run = memkit(TOKEN, "backends");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("maimemo    configured: token ****")
        .contains("credentials: ok (token accepted)")
        .doesNotContain(TOKEN);
  }

  @Test
  void shouldReportTheRejectionWithoutTheTokenWhenTheTokenIsWrong() throws Exception {
    Run run = memkit("FAKE-wrong-maimemo-token", "backends");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("credentials: FAILED: not signed in to maimemo");
    assertThat(run.out() + run.err()).doesNotContain("FAKE-wrong-maimemo-token");
  }

  @Test
  void shouldSayUnsupportedWhenAskingMaiMemoForDecks() throws Exception {
    Run run = memkit(TOKEN, "decks", "list", "--backend", "maimemo");

    assertThat(run.code()).isEqualTo(11);
    assertThat(run.err()).contains("maimemo does not support");
  }
}
