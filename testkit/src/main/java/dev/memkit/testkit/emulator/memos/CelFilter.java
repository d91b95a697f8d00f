package dev.memkit.testkit.emulator.memos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The part of CEL the emulator understands: {@code "t" in tags}, {@code content.contains("x")},
 * {@code visibility == "PUBLIC"}, {@code pinned}, joined by {@code &&}. Anything else is rejected
 * as the real server rejects a filter it cannot compile.
 */
final class CelFilter {

  private final String text;
  private int at;

  private CelFilter(String text) {
    this.text = text;
  }

  /** The predicate {@code filter} stands for; {@link IllegalArgumentException} if it is invalid. */
  static Predicate<MemoRow> parse(String filter) {
    CelFilter parser = new CelFilter(filter);
    List<Predicate<MemoRow>> terms = new ArrayList<>();
    terms.add(parser.term());
    parser.spaces();
    while (parser.at < filter.length()) {
      parser.expect("&&");
      terms.add(parser.term());
      parser.spaces();
    }
    return memo -> terms.stream().allMatch(term -> term.test(memo));
  }

  private Predicate<MemoRow> term() {
    spaces();
    if (peek('"')) {
      String tag = literal();
      spaces();
      expect("in");
      spaces();
      expect("tags");
      return memo -> memo.tags().contains(tag);
    }
    if (text.startsWith("content.contains(", at)) {
      at += "content.contains(".length();
      spaces();
      String needle = literal().toLowerCase(Locale.ROOT);
      spaces();
      expect(")");
      return memo -> memo.content.toLowerCase(Locale.ROOT).contains(needle);
    }
    if (text.startsWith("visibility", at)) {
      at += "visibility".length();
      spaces();
      expect("==");
      spaces();
      String visibility = literal();
      return memo -> memo.visibility.equals(visibility);
    }
    if (text.startsWith("pinned", at)) {
      at += "pinned".length();
      return memo -> memo.pinned;
    }
    throw new IllegalArgumentException("unsupported expression at " + at);
  }

  private String literal() {
    expect("\"");
    StringBuilder out = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        break;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case '\\', '"', '\'' -> out.append(escaped);
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw new IllegalArgumentException("invalid escape \\" + escaped);
      }
    }
    throw new IllegalArgumentException("unterminated string literal");
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(String token) {
    if (!text.startsWith(token, at)) {
      throw new IllegalArgumentException("expected " + token + " at " + at);
    }
    at += token.length();
  }

  private void spaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
