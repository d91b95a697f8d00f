package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged memkit jar as a user would: its own JVM, a store file under a test's directory,
 * the environment cleared of every memkit setting except those the test gives, keys from standard
 * input, real exit codes.
 */
final class MemkitProcess {

  /** What one run printed and how it ended. */
  record Run(int code, String out, String err) {}

  private static final List<String> SETTING_PREFIXES =
      List.of("MEMKIT_", "MEMOS_", "MAIMEMO_", "MEMJOGGER_");

  private final Path dir;
  private final Map<String, String> environment = new LinkedHashMap<>();

  private MemkitProcess(Path dir) {
    this.dir = dir;
  }

  /** Runs with its store at {@code dir/memkit.db} and its output captured under {@code dir}. */
  static MemkitProcess in(Path dir) {
    return new MemkitProcess(dir);
  }

  MemkitProcess with(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  Path store() {
    return dir.resolve("memkit.db");
  }

  Run run(String... args) throws IOException, InterruptedException {
    return runWithInput("", args);
  }

  /** Runs with {@code input} as standard input (keys for `memkit review`). */
  Run runWithInput(String input, String... args) throws IOException, InterruptedException {
    Path jar =
        Path.of("target", "memkit-app-" + System.getProperty("memkit.version", "0.1.0") + ".jar");
    assertThat(jar).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--db");
    command.add(store().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .keySet()
        .removeIf(name -> SETTING_PREFIXES.stream().anyMatch(name::startsWith));
    builder.environment().putAll(environment);
    Path in = dir.resolve("in.txt");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Files.writeString(in, input);
    builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("memkit finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
