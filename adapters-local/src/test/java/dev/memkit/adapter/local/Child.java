package dev.memkit.adapter.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A child JVM running a main class of these test sources on the test's own classpath; the test
 * talks to it through lines on its stdin and stdout (never by waiting a while), and its stderr goes
 * to a file quoted when something goes wrong.
 */
final class Child implements AutoCloseable {

  private final String name;
  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final Path errors;

  private Child(String name, Process process, Path errors) {
    this.name = name;
    this.process = process;
    this.errors = errors;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /** Starts {@code main} with {@code args}; its stderr goes to a file in {@code dir}. */
  static Child start(Path dir, Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Cheap start: these children live for a second or two.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:-UsePerfData");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Path errors = Files.createTempFile(dir, main.getSimpleName(), ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
            .start();
    return new Child(main.getSimpleName(), process, errors);
  }

  /** The next line the child prints; fails, quoting its stderr, if it ended instead. */
  String readLine() throws IOException {
    String line = out.readLine();
    if (line == null) {
      throw new IllegalStateException(name + " ended without a line; stderr:\n" + errors());
    }
    if (line.startsWith("failed")) {
      throw new IllegalStateException(name + " " + line + "; stderr:\n" + errors());
    }
    return line;
  }

  /** Reads lines until one equals {@code expected}. */
  void await(String expected) throws IOException {
    String line;
    do {
      line = readLine();
    } while (!line.equals(expected));
  }

  void send(String line) throws IOException {
    in.write(line + "\n");
    in.flush();
  }

  /** Closes the child's stdin: the children in these tests finish when it ends. */
  void closeInput() throws IOException {
    in.close();
  }

  /** SIGKILL on Linux: no shutdown hook, no finally block, no flush runs. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  String errors() {
    try {
      return Files.readString(errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  /** What a child main prints when something failed; the test quotes it. */
  static void fail(@Nullable Object failure) {
    System.out.println("failed " + failure);
    System.out.flush();
    System.exit(1);
  }

  /** Prints {@code line} at once: the parent acts on it. */
  static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /** Blocks until the parent sends a line (returned) or closes stdin (null). */
  static @Nullable String listen() throws IOException {
    return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
  }
}
