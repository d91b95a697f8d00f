package dev.memkit.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Keys as a person types them, one at a time, without waiting for Enter when attached to a
 * terminal: what {@code memkit review} reads. Behind this interface so a session can be driven by a
 * string in tests and by piped input in scripts.
 */
public interface KeyInput extends AutoCloseable {

  /** What {@link #read} returns when no key will ever come (end of input). */
  int END = -1;

  /** Ctrl-C, as it arrives when the terminal does not turn it into a signal. */
  int CTRL_C = 3;

  /** Ctrl-D, the end-of-input key. */
  int CTRL_D = 4;

  /** The next key: a character (Enter as {@code \r} or {@code \n}), or {@link #END}. */
  int read();

  /** Gives the terminal back as it was. */
  @Override
  void close();

  /** Keys read from {@code reader}, a character at a time: for pipes, files and tests. */
  static KeyInput of(Reader reader) {
    return new KeyInput() {
      @Override
      public int read() {
        try {
          int c = reader.read();
          return c < 0 ? END : c;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void close() {
        // The reader belongs to the caller (standard input stays open).
      }
    };
  }
}
