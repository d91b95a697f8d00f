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
    string(card.question(), line);
    line.append(",\"answer\":");
    string(card.answer(), line);
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

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
