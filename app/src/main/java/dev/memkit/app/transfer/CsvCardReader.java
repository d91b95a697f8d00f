package dev.memkit.app.transfer;

import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV cards tolerantly: an optional header row ({@code question,answer,...}), RFC 4180
 * quoting (quotes doubled inside quoted fields, commas and line breaks inside them), a UTF-8 byte
 * order mark, CRLF, LF or CR line ends, blank lines skipped, columns after the third ignored. A
 * quote inside an unquoted field is taken literally, as most spreadsheet programs write it. Line
 * breaks inside quoted fields are read as {@code \n}.
 */
final class CsvCardReader implements Iterator<CardLine> {

  private static final int NONE = -2;

  private final Reader in;
  private int pushedBack = NONE;
  private boolean started;
  private boolean firstRecord = true;
  private int line = 1;
  private int lineOfLastChar = 1;
  private @Nullable CardLine next;

  CsvCardReader(Reader in) {
    this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public CardLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CardLine line = next;
    next = null;
    return line;
  }

  private @Nullable CardLine advance() {
    while (true) {
      Record record = readRecord();
      if (record == null) {
        return null;
      }
      List<String> fields = record.fields();
      if (record.unterminated()) {
        return new CardLine.Unreadable(
            record.line(), "a quoted field is never closed (a \" is missing)");
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      boolean first = firstRecord;
      firstRecord = false;
      if (first && isHeader(fields)) {
        continue;
      }
      if (fields.size() < 2) {
        return new CardLine.Unreadable(
            record.line(), "only one column: a card needs a question and an answer");
      }
      Option<java.time.LocalDate> due =
          fields.size() > 2 ? Dates.parse(fields.get(2)) : Option.none();
      return new CardLine.Read(record.line(), CardRecord.of(fields.get(0), fields.get(1), due));
    }
  }

  private static boolean isHeader(List<String> fields) {
    return fields.size() >= 2
        && fields.get(0).strip().toLowerCase(Locale.ROOT).equals("question")
        && fields.get(1).strip().toLowerCase(Locale.ROOT).equals("answer");
  }

  private record Record(int line, List<String> fields, boolean unterminated) {}

  /** The next record, or null at the end of the input. */
  private @Nullable Record readRecord() {
    int c = read();
    if (c < 0) {
      return null;
    }
    int start = lineOfLastChar;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    boolean quoted = false;
    while (true) {
      if (inQuotes) {
        if (c < 0) {
          fields.add(field.toString());
          return new Record(start, fields, true);
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            inQuotes = false;
            c = d;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else {
        if (c < 0 || c == '\n') {
          fields.add(field.toString());
          return new Record(start, fields, false);
        }
        if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          quoted = false;
        } else if (c == '"' && field.length() == 0 && !quoted) {
          inQuotes = true;
          quoted = true;
        } else {
          field.append((char) c);
        }
      }
      c = read();
    }
  }

  /** The next character with every line end (CRLF, LF, CR) read as one {@code \n}. */
  private int read() {
    int c = raw();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = raw();
      }
    }
    if (c == '\r') {
      int d = raw();
      if (d != '\n') {
        pushedBack = d;
      }
      c = '\n';
    }
    lineOfLastChar = line;
    if (c == '\n') {
      line++;
    }
    return c;
  }

  private int raw() {
    if (pushedBack != NONE) {
      int c = pushedBack;
      pushedBack = NONE;
      return c;
    }
    try {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
