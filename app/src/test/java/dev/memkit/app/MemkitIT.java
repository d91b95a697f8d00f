package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged memkit jar as a user would: a separate JVM, real environment, real exit codes.
 */
class MemkitIT {

  private record Run(int code, String out, String err) {}

  private static Run memkit(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Path jar =
        Path.of("target", "memkit-app-" + System.getProperty("memkit.version", "0.1.0") + ".jar");
    assertThat(jar).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .keySet()
        .removeIf(
            name ->
                name.startsWith("MEMOS_")
                    || name.startsWith("MAIMEMO_")
                    || name.startsWith("MEMJOGGER_"));
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("memkit-out", ".txt");
    Path err = Files.createTempFile("memkit-err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("memkit finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void shouldPrintTheVersionWhenRunAsAProgram() throws Exception {
    Run run = memkit(Map.of(), "--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("memkit 0.1.0");
  }

  @Test
  void shouldListBackendsWithoutLeakingTheTokenWhenConfiguredFromTheEnvironment() throws Exception {
    String token = "memos_pat_FAKE-it-token-0123456789";
    Run run = memkit(Map.of("MEMOS_HOST", "http://127.0.0.1:9", "MEMOS_TOKEN", token), "backends");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("memos", "configured: http://127.0.0.1:9");
    assertThat(run.out() + run.err()).doesNotContain(token);
  }

  @Test
  void shouldExitWithUsageCodeAndNoStackTraceWhenTheOptionIsUnknown() throws Exception {
    Run run = memkit(Map.of(), "backends", "--no-such-option");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option").doesNotContain("\tat ");
  }
}
