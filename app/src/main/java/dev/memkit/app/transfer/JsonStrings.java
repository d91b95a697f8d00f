package dev.memkit.app.transfer;

/**
 * JSON string literals: the one escaping rule memkit's JSON output (command output, JSON lines)
 * uses.
 */
public final class JsonStrings {

  private JsonStrings() {}

  /**
   * Appends {@code text} as a quoted JSON string: quotes, backslashes and control characters
   * escaped.
   */
  public static void quote(String text, StringBuilder out) {
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
