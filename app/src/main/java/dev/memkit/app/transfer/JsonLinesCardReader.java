package dev.memkit.app.transfer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON lines cards: one object per line with the strings {@code question} and {@code answer}
 * and optionally {@code due} ({@code YYYY-MM-DD}); other members are ignored. Blank lines are
 * skipped, a UTF-8 byte order mark is dropped, CRLF and LF both end a line.
 */
final class JsonLinesCardReader implements Iterator<CardLine> {

  private final BufferedReader in;
  private int line;
  private @Nullable CardLine next;
  private boolean done;

  JsonLinesCardReader(Reader in) {
    this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public CardLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CardLine result = next;
    next = null;
    return result;
  }

  private @Nullable CardLine advance() {
    while (true) {
      String text = readLine();
      if (text == null) {
        return null;
      }
      line++;
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (!text.isBlank()) {
        return card(line, text);
      }
    }
  }

  static CardLine card(int line, String text) {
    Either<String, Map<String, Object>> parsed = FlatJson.parseObject(text);
    if (parsed.isLeft()) {
      return new CardLine.Unreadable(line, "not a JSON object: " + parsed.getLeft());
    }
    Map<String, Object> object = parsed.get();
    if (!(object.get("question") instanceof String question)) {
      return new CardLine.Unreadable(line, "no \"question\" string");
    }
    if (!(object.get("answer") instanceof String answer)) {
      return new CardLine.Unreadable(line, "no \"answer\" string");
    }
    Option<LocalDate> due =
        object.get("due") instanceof String date ? Dates.parse(date) : Option.none();
    return new CardLine.Read(line, CardRecord.of(question, answer, due));
  }

  private @Nullable String readLine() {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
