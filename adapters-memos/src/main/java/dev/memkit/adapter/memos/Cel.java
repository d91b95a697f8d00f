package dev.memkit.adapter.memos;

import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the CEL {@code filter}s the adapter sends. Every user-supplied string goes through {@link
 * #string}, so a quote or backslash in a tag or search text can never end the literal early.
 */
final class Cel {

  private final List<String> terms = new ArrayList<>();

  /** A CEL double-quoted string literal holding exactly {@code text}. */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  Cel tag(Tag tag) {
    terms.add(string(tag.value()) + " in tags");
    return this;
  }

  Cel visibility(Visibility visibility) {
    terms.add("visibility == " + string(visibility.name()));
    return this;
  }

  Cel pinned() {
    terms.add("pinned");
    return this;
  }

  Cel contains(String text) {
    terms.add("content.contains(" + string(text) + ")");
    return this;
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  String build() {
    return String.join(" && ", terms);
  }
}
