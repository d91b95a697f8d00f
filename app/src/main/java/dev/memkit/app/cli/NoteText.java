package dev.memkit.app.cli;

import dev.memkit.app.config.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a note's text comes from: the words on the command line, a file ({@code -}: standard
 * input), or, when neither is given, the person's editor ({@code $VISUAL}, else {@code $EDITOR},
 * else {@code vi}) on a temporary file. An empty result aborts: nothing is saved.
 */
final class NoteText {

  private final UserTerminal terminal;
  private final Environment environment;

  NoteText(UserTerminal terminal, Environment environment) {
    this.terminal = terminal;
    this.environment = environment;
  }

  /** The text; {@code initial} is what the editor starts with. */
  String read(List<String> words, @Nullable Path file, String initial) {
    if (!words.isEmpty() && file != null) {
      throw Outcomes.exit(ExitCodes.USAGE, "give the text or --file, not both");
    }
    String text;
    if (!words.isEmpty()) {
      text = String.join(" ", words);
    } else if (file != null) {
      text = fromFile(file);
    } else {
      text = fromEditor(initial);
    }
    if (text.isBlank()) {
      throw Outcomes.exit(ExitCodes.INVALID, "the note is empty; nothing saved");
    }
    return text;
  }

  private String fromFile(Path file) {
    try {
      if (file.toString().equals("-")) {
        try (InputStream in = terminal.input()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw Outcomes.exit(ExitCodes.NOT_FOUND, "file " + file + " not found");
    } catch (AccessDeniedException e) {
      throw Outcomes.exit(ExitCodes.FORBIDDEN, "not allowed to read " + file);
    } catch (IOException e) {
      throw Outcomes.exit(ExitCodes.INVALID, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private String fromEditor(String initial) {
    List<String> command =
        Arrays.asList(
            environment
                .variable("VISUAL")
                .orElse(() -> environment.variable("EDITOR"))
                .getOrElse("vi")
                .strip()
                .split("\\s+"));
    @Nullable Path draft = null;
    try {
      draft = Files.createTempFile("memkit-note-", ".md");
      Files.writeString(draft, initial, StandardCharsets.UTF_8);
      int exit = terminal.edit(command, draft);
      if (exit != 0) {
        throw Outcomes.exit(
            ExitCodes.INVALID, "the editor exited with status " + exit + "; nothing saved");
      }
      return Files.readString(draft, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Outcomes.exit(
          ExitCodes.INVALID, "cannot run the editor " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Outcomes.exit(ExitCodes.INVALID, "interrupted while editing; nothing saved");
    } finally {
      if (draft != null) {
        try {
          Files.deleteIfExists(draft);
        } catch (IOException e) {
          // A leftover draft in the temporary directory does no harm.
        }
      }
    }
  }
}
