package dev.memkit.app.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes CSV cards as Memjogger exports them: question, answer, next date, no header row, CRLF line
 * ends (RFC 4180). A field is quoted when it holds a comma, a quote, a line break or surrounding
 * spaces, and quotes inside are doubled, so every field reads back exactly.
 */
final class CsvCardWriter implements CardWriter {

  private final Writer out;

  CsvCardWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(CardRecord card) {
    String line =
        field(card.question())
            + ','
            + field(card.answer())
            + ','
            + card.due().map(Object::toString).getOrElse("")
            + "\r\n";
    try {
      out.write(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String field(String value) {
    boolean quote =
        value.isEmpty()
            || value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || !value.strip().equals(value)
            || value.charAt(0) == '\uFEFF';
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
