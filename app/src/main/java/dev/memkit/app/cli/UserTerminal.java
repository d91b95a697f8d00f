package dev.memkit.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What commands need from the person's terminal beyond standard output and error: standard input,
 * whether each stream is a terminal (progress bars, bar charts and prompts adapt), raw key input,
 * and running their editor. Production uses {@link #system()}; tests bind a scripted one.
 */
public interface UserTerminal {

  InputStream input();

  boolean inputIsTerminal();

  boolean outputIsTerminal();

  boolean errorIsTerminal();

  /**
   * Keys as typed: raw (no Enter needed, no echo, Ctrl-C as a key) when standard input is a
   * terminal, else characters read from standard input. Close it to restore the terminal.
   */
  KeyInput keys();

  /**
   * Runs {@code command} with {@code file} as its last argument, attached to this terminal, and
   * waits for it; returns its exit code.
   */
  int edit(List<String> command, Path file) throws IOException, InterruptedException;

  /** The terminal memkit runs in. */
  static UserTerminal system() {
    return new SystemTerminal();
  }
}
