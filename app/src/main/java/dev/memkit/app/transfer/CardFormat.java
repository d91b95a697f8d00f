package dev.memkit.app.transfer;

import io.vavr.control.Option;
import java.io.Reader;
import java.io.Writer;
import java.util.Iterator;
import java.util.Locale;

/** The card file formats memkit reads and writes, with the names users type. */
public enum CardFormat {
  /** Memjogger's export: question, answer, next date; RFC 4180 quoting. */
  CSV("csv"),
  /** One JSON object per line: {@code {"question":..,"answer":..,"due":"YYYY-MM-DD"}}. */
  JSON_LINES("jsonl");

  private final String label;

  CardFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The format a user named ({@code csv}, {@code jsonl}), in any case. */
  public static Option<CardFormat> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Option.ofOptional(
        java.util.Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst());
  }

  /**
   * The format a file name's extension says: {@code .csv}; {@code .jsonl} or {@code .ndjson}. None
   * for any other name.
   */
  public static Option<CardFormat> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Option.some(CSV);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Option.some(JSON_LINES);
    }
    return Option.none();
  }

  /** Reads the cards of {@code in} lazily, record by record; I/O errors are unchecked. */
  public Iterator<CardLine> read(Reader in) {
    return this == CSV ? new CsvCardReader(in) : new JsonLinesCardReader(in);
  }

  /** A writer of cards in this format to {@code out}; the caller closes {@code out}. */
  public CardWriter writer(Writer out) {
    return this == CSV ? new CsvCardWriter(out) : new JsonLinesCardWriter(out);
  }
}
