package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.testkit.emulator.memos.MemosEmulator;
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
 * The packaged memkit against the Memos emulator (current dialect) on loopback, configured by the
 * environment.
 */
class MemosCliIT {

  @TempDir Path dir;

  private MemosEmulator emulator;

  @BeforeEach
  void startEmulator() {
    emulator = MemosEmulator.start(Clock.systemUTC());
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
    env.keySet().removeIf(name -> name.startsWith("MEMOS_") || name.startsWith("MEMKIT_"));
    env.put("MEMOS_HOST", emulator.baseUri().toString());
    env.put("MEMOS_TOKEN", token);
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
  void shouldShowMemosWithAVerifiedTokenWhenConfigured() throws Exception {
    Run run = memkit(MemosEmulator.TOKEN, "backends");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("memos      configured: " + emulator.baseUri())
        .contains("credentials: ok (signed in as ")
        .doesNotContain(MemosEmulator.TOKEN);
  }

  @Test
  void shouldWriteListSearchAndCountTagsWhenTheBackendIsMemos() throws Exception {
    Run added =
        memkit(MemosEmulator.TOKEN, "notes", "add", "Met #memkit/cli today", "--backend", "memos");
    Run listed = memkit(MemosEmulator.TOKEN, "notes", "list", "--backend", "memos", "--json");
    Run found = memkit(MemosEmulator.TOKEN, "notes", "search", "MET", "--backend", "memos");
    Run tags = memkit(MemosEmulator.TOKEN, "tags", "--backend", "memos");

    assertThat(added.code()).as(added.err()).isZero();
    assertThat(listed.out()).contains("Met #memkit/cli today");
    assertThat(found.out()).contains("Met #memkit/cli today");
    assertThat(tags.out()).contains("memkit/cli");
    assertThat(emulator.requests()).isNotEmpty();
  }

  @Test
  void shouldExitNotSignedInWhenTheServerRejectsTheToken() throws Exception {
    Run run = memkit("memos_pat_FAKE-wrong-token", "notes", "list", "--backend", "memos");

    assertThat(run.code()).isEqualTo(5);
    assertThat(run.err()).doesNotContain("memos_pat_FAKE-wrong-token").doesNotContain("\tat ");
  }
}
