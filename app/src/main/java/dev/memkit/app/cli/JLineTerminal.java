package dev.memkit.app.cli;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.NonBlockingReader;
import org.jspecify.annotations.Nullable;

/** What memkit takes from JLine: raw key input and telling whether standard error is a terminal. */
final class JLineTerminal {

  private JLineTerminal() {}

  /**
   * Whether standard error is a terminal, asked of the native provider; when JLine cannot tell (no
   * native library for this platform), whether there is a console at all.
   */
  static boolean errorIsTerminal() {
    for (String provider : new String[] {"jni", "exec"}) {
      try {
        return TerminalProvider.load(provider).isSystemStream(SystemStream.Error);
      } catch (IOException | RuntimeException | LinkageError e) {
        // Try the next provider, then fall back.
      }
    }
    return System.console() != null;
  }

  /**
   * Raw keys from the system terminal: no echo, no line buffering, and Ctrl-C delivered as a key
   * (not a signal) so a review session can end cleanly. Null when JLine finds no real terminal.
   */
  static @Nullable KeyInput rawKeys() {
    Terminal terminal;
    try {
      terminal = TerminalBuilder.builder().system(true).dumb(false).build();
    } catch (IOException | RuntimeException e) {
      return null;
    }
    Attributes original = terminal.enterRawMode();
    Attributes raw = terminal.getAttributes();
    raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
    terminal.setAttributes(raw);
    NonBlockingReader reader = terminal.reader();
    return new KeyInput() {
      @Override
      public int read() {
        try {
          int c;
          do {
            c = reader.read();
          } while (c == NonBlockingReader.READ_EXPIRED);
          return c < 0 ? END : c;
        } catch (IOException e) {
          return END;
        }
      }

      @Override
      public void close() {
        terminal.setAttributes(original);
        try {
          terminal.close();
        } catch (IOException e) {
          // The terminal is gone; nothing left to restore.
        }
      }
    };
  }
}
