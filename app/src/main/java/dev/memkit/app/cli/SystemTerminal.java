package dev.memkit.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real terminal. JLine is loaded only when a command needs raw keys or asks about standard
 * error, so commands that need neither (and {@code memkit --version}) start as fast as before.
 */
final class SystemTerminal implements UserTerminal {

  @Override
  public InputStream input() {
    return System.in;
  }

  /** The JDK (before 22) can tell only that both standard input and output are terminals. */
  @Override
  public boolean inputIsTerminal() {
    return System.console() != null;
  }

  @Override
  public boolean outputIsTerminal() {
    return System.console() != null;
  }

  @Override
  public boolean errorIsTerminal() {
    return JLineTerminal.errorIsTerminal();
  }

  @Override
  public KeyInput keys() {
    if (inputIsTerminal()) {
      KeyInput raw = JLineTerminal.rawKeys();
      if (raw != null) {
        return raw;
      }
    }
    return KeyInput.of(new InputStreamReader(System.in, StandardCharsets.UTF_8));
  }

  @Override
  public int edit(List<String> command, Path file) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(command);
    full.add(file.toString());
    return new ProcessBuilder(full).inheritIO().start().waitFor();
  }
}
