package dev.memkit.app.transfer;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of one JSON object (RFC 8259), for JSON lines files: memkit keeps JSON libraries
 * in the adapters, and a card file needs no more than this. Every value is checked against the
 * grammar; the object's members come back with their values as {@code String}, {@code BigDecimal},
 * {@code Boolean}, {@code List} or {@code Map}; {@code null} members and items are left out.
 * Duplicate names are an error.
 */
final class FlatJson {

  /** Deeper nesting is refused rather than risking the stack. */
  private static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;

  private FlatJson(String text) {
    this.text = text;
  }

  /** The members of the object {@code text} holds, or why it is not one JSON object. */
  static Either<String, Map<String, Object>> parseObject(String text) {
    FlatJson parser = new FlatJson(text);
    try {
      parser.whitespace();
      if (parser.peek() != '{') {
        throw parser.error("expected an object starting with {");
      }
      Map<String, Object> object = parser.object(0);
      parser.whitespace();
      if (parser.pos < text.length()) {
        throw parser.error("unexpected text after the object");
      }
      return Either.right(object);
    } catch (Malformed e) {
      return Either.left(e.getMessage());
    }
  }

  private Map<String, Object> object(int depth) {
    depth(depth);
    expect('{');
    Map<String, Object> members = new LinkedHashMap<>();
    whitespace();
    if (peek() == '}') {
      pos++;
      return Collections.unmodifiableMap(members);
    }
    while (true) {
      whitespace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      int at = pos;
      String name = string();
      whitespace();
      expect(':');
      Object value = value(depth);
      if (members.containsKey(name)) {
        pos = at;
        throw error("duplicate member \"" + name + "\"");
      }
      members.put(name, value);
      whitespace();
      int c = next();
      if (c == '}') {
        members.values().removeIf(v -> v == Null.NULL);
        return Collections.unmodifiableMap(members);
      }
      if (c != ',') {
        pos--;
        throw error("expected , or }");
      }
    }
  }

  private List<Object> array(int depth) {
    depth(depth);
    expect('[');
    List<Object> items = new ArrayList<>();
    whitespace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(items);
    }
    while (true) {
      Object item = value(depth);
      if (item != Null.NULL) {
        items.add(item);
      }
      whitespace();
      int c = next();
      if (c == ']') {
        return Collections.unmodifiableList(items);
      }
      if (c != ',') {
        pos--;
        throw error("expected , or ]");
      }
    }
  }

  private Object value(int depth) {
    whitespace();
    int c = peek();
    if (c == '{') {
      return object(depth + 1);
    } else if (c == '[') {
      return array(depth + 1);
    } else if (c == '"') {
      return string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    } else if (text.startsWith("true", pos)) {
      pos += 4;
      return Boolean.TRUE;
    } else if (text.startsWith("false", pos)) {
      pos += 5;
      return Boolean.FALSE;
    } else if (text.startsWith("null", pos)) {
      pos += 4;
      return Null.NULL;
    }
    throw error(c < 0 ? "unexpected end of line" : "expected a value");
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      int c = next();
      if (c < 0) {
        throw error("unterminated string");
      }
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("control character in a string (write it as an escape such as \\n)");
      }
      if (c != '\\') {
        out.append((char) c);
        continue;
      }
      int e = next();
      switch (e) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> {
          pos--;
          throw error("invalid escape in a string");
        }
      }
    }
  }

  private char unicodeEscape() {
    if (pos + 4 > text.length()) {
      throw error("incomplete \\u escape");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(pos + i), 16);
      if (digit < 0) {
        throw error("invalid \\u escape");
      }
      value = value * 16 + digit;
    }
    pos += 4;
    return (char) value;
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("invalid number");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("invalid number: digits must follow the decimal point");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("invalid number: digits must follow the exponent");
      }
      digits();
    }
    return new BigDecimal(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private void depth(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  private void whitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private void expect(char c) {
    if (next() != c) {
      pos--;
      throw error("expected " + c);
    }
  }

  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  private int next() {
    return pos < text.length() ? text.charAt(pos++) : -1;
  }

  private Malformed error(String message) {
    return new Malformed("column " + (Math.min(pos, text.length()) + 1) + ": " + message);
  }

  /** A JSON {@code null}, kept while parsing so duplicates are still caught, then dropped. */
  private enum Null {
    NULL
  }

  /** Ends parsing at the first error; never leaves this class. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}
