package dev.memkit.app.transfer;

/** Writes cards one at a time in one format; I/O errors are unchecked. */
public interface CardWriter {

  void write(CardRecord card);

  /** Flushes what was written to the underlying writer. */
  void flush();
}
