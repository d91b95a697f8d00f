package dev.memkit.app.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes JSON lines cards: {@code {"question":..,"answer":..,"due":"YYYY-MM-DD"}} and {@code \n},
 * {@code due} left out when unknown. Text other than quotes, backslashes and control characters is
 * written as it is (UTF-8 in the file), so CJK stays readable.
 */
final class JsonLinesCardWriter implements CardWriter {

  private final Writer out;

  JsonLinesCardWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(CardRecord card) {
    StringBuilder line = new StringBuilder("{\"question\":");
    JsonStrings.quote(card.question(), line);
    line.append(",\"answer\":");
    JsonStrings.quote(card.answer(), line);
    card.due().forEach(due -> line.append(",\"due\":\"").append(due).append('"'));
    line.append("}\n");
    try {
      out.write(line.toString());
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
}
