package dev.memkit.domain.note;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link Tag}s in a note's markdown, the way Memos does where it matters, so that every
 * backend (Memos, the local store, the fakes) reports the same tags for the same text.
 *
 * <p>A tag is {@code #} followed by tag characters: letters of any script ({@code #学习}), digits,
 * combining marks, non-ASCII symbols such as emoji, and {@code _ - & /}; {@code /} nests ({@code
 * #work/meeting}). The tag ends at the first other character, so {@code #tag.} and {@code #tag,}
 * give {@code tag}; a trailing or doubled {@code /} ends it too. After {@value Tag#MAX_LENGTH}
 * characters the rest is ignored, as Memos does. Digits alone make a tag ({@code #123}): Memos
 * counts them, so memkit does as well.
 *
 * <p>Not tags:
 *
 * <ul>
 *   <li>a heading marker: {@code #} followed by a space or another {@code #} ({@code # Title},
 *       {@code ## x}); a tag inside a heading's text ({@code # Plan #work}) is a tag. {@code #tag}
 *       at the start of a line is a tag, since without the space it is no heading in CommonMark;
 *   <li>anything in a fenced code block ({@code ```} or {@code ~~~}, closed by a fence of the same
 *       character at least as long, or by the end of the text) or in an inline {@code `code`} span;
 *   <li>anything in a URL: a bare {@code scheme://...} up to the next whitespace, an autolink
 *       {@code <...>}, a link destination {@code [text](...)}, a reference definition {@code
 *       [label]: ...}; also HTML tags and comments;
 *   <li>an escaped {@code \#};
 *   <li>a {@code #} glued to what precedes it: a tag starts at the beginning of the text, after
 *       whitespace, after opening punctuation ({@code ( [ {}, opening quotes), after emphasis
 *       markers ({@code * _ ~}), after {@code >}, or after any non-ASCII punctuation (so {@code
 *       今天，#学习} has a tag). This keeps {@code C#}, {@code &#35;} and {@code page/#anchor} out.
 * </ul>
 *
 * <p>Known differences from Memos, which uses a full markdown parser: code indented by four spaces
 * is not recognised as code; Memos also reads tags glued to letters ({@code a#b}) and ASCII symbols
 * such as {@code + = < > | ~ ^ $} inside tags, memkit ends a tag there.
 */
public final class Tags {

  private static final Pattern FENCE_OPEN = Pattern.compile("^[ \\t>]*(`{3,}|~{3,})(.*)$");
  private static final Pattern FENCE_CLOSE = Pattern.compile("^[ \\t>]*(`{3,}|~{3,})[ \\t]*$");
  private static final Pattern URL_START = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,31}://");
  private static final Pattern ANGLE_CONSTRUCT =
      Pattern.compile(
          "<(?:!--.*?(?:-->|\\z)"
              + "|[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*>"
              + "|[^\\s<>@]+@[^\\s<>]+>"
              + "|/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>)",
          Pattern.DOTALL);
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile(" {0,3}\\[(?:[^\\]\\\\\\n]|\\\\.)+\\]:[ \\t]*\\n?[ \\t]*(?:<[^>\\n]*>|\\S+)");

  private Tags() {}

  /**
   * Every tag in {@code markdown}, each once, in the order of first occurrence. Never fails: text
   * without tags gives an empty list.
   */
  public static List<Tag> extract(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    Set<Tag> found = new LinkedHashSet<>();
    StringBuilder paragraph = new StringBuilder();
    @Nullable Fence open = null;
    for (String rawLine : markdown.split("\n", -1)) {
      String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
      if (open != null) {
        if (open.closedBy(line)) {
          open = null;
        }
        continue;
      }
      @Nullable Fence opening = Fence.openedBy(line);
      if (opening != null || line.isBlank()) {
        // Inline code and links never span a blank line or a fence: scan what came before alone.
        scan(paragraph, found);
        paragraph.setLength(0);
        open = opening;
      } else {
        paragraph.append(line).append('\n');
      }
    }
    scan(paragraph, found);
    return List.copyOf(found);
  }

  /** Scans one paragraph (code fences already removed) for tags. */
  private static void scan(CharSequence text, Set<Tag> found) {
    int n = text.length();
    int i = 0;
    boolean boundary = true;
    while (i < n) {
      int skipTo = skipNonText(text, i);
      if (skipTo > i) {
        boundary = text.charAt(skipTo - 1) == '>';
        i = skipTo;
        continue;
      }
      int c = Character.codePointAt(text, i);
      if (c == '\\') {
        // An escaped character is literal text, never the start of a tag.
        int escaped = i + 1 < n ? Character.charCount(Character.codePointAt(text, i + 1)) : 0;
        i += 1 + escaped;
        boundary = false;
      } else if (c == '#' && boundary) {
        int end = tagEnd(text, i + 1);
        tag(text.subSequence(i + 1, end).toString(), found);
        i = end;
        boundary = false;
      } else {
        boundary = startsTag(c);
        i += Character.charCount(c);
      }
    }
  }

  /**
   * The index just past a construct starting at {@code i} that cannot hold tags (an inline code
   * span, a URL, an autolink or HTML tag, a link destination, a reference definition), or {@code i}
   * itself when none starts there.
   */
  private static int skipNonText(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == '`') {
      return codeSpanEnd(text, i);
    }
    if (c == '<') {
      Matcher matcher = ANGLE_CONSTRUCT.matcher(text).region(i, text.length());
      return matcher.lookingAt() ? matcher.end() : i;
    }
    if (c == ']' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
      return linkDestinationEnd(text, i + 2);
    }
    boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
    if (lineStart && (c == '[' || c == ' ')) {
      Matcher matcher = REFERENCE_DEFINITION.matcher(text).region(i, text.length());
      if (matcher.lookingAt()) {
        return matcher.end();
      }
    }
    if (isAsciiLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
      Matcher matcher = URL_START.matcher(text).region(i, text.length());
      if (matcher.lookingAt()) {
        int end = matcher.end();
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        return end;
      }
    }
    return i;
  }

  /**
   * After a run of backticks at {@code i}: the end of the code span it opens (the next run of
   * exactly as many backticks), or, when it is never closed, the end of the run, which is then
   * literal text.
   */
  private static int codeSpanEnd(CharSequence text, int i) {
    int length = runLength(text, i, '`');
    int j = i + length;
    while (j < text.length()) {
      if (text.charAt(j) == '`') {
        int closing = runLength(text, j, '`');
        if (closing == length) {
          return j + closing;
        }
        j += closing;
      } else {
        j++;
      }
    }
    return i + length;
  }

  /** From just after {@code ](}: past the matching {@code )}, or {@code start} when unclosed. */
  private static int linkDestinationEnd(CharSequence text, int start) {
    int depth = 1;
    for (int j = start; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return j + 1;
      }
    }
    return start - 2;
  }

  private static int tagEnd(CharSequence text, int start) {
    int j = start;
    int count = 0;
    while (j < text.length() && count < Tag.MAX_LENGTH) {
      int c = Character.codePointAt(text, j);
      if (!isTagCharacter(c)) {
        break;
      }
      j += Character.charCount(c);
      count++;
    }
    return j;
  }

  /** Adds the tag written {@code run} (the tag characters after a {@code #}), if it is one. */
  private static void tag(String run, Set<Tag> found) {
    int doubled = run.indexOf("//");
    String value = doubled < 0 ? run : run.substring(0, doubled);
    while (value.endsWith("/")) {
      value = value.substring(0, value.length() - 1);
    }
    Tag.of(value).forEach(found::add);
  }

  static boolean isTagCharacter(int c) {
    if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '&') {
      return true;
    }
    // U+200D joins emoji sequences such as 👩‍💻.
    if (c == 0x200D) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK ->
          true;
      case Character.OTHER_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL ->
          c > 127;
      default -> false;
    };
  }

  /** Whether a {@code #} right after {@code c} may start a tag. */
  private static boolean startsTag(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "*_~>".indexOf(c) >= 0) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.START_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION -> true;
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          c > 127;
      default -> false;
    };
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int runLength(CharSequence text, int i, char c) {
    int j = i;
    while (j < text.length() && text.charAt(j) == c) {
      j++;
    }
    return j - i;
  }

  /** An open code fence: its character and length, which a closing fence must match. */
  private record Fence(char marker, int length) {

    static @Nullable Fence openedBy(String line) {
      Matcher matcher = FENCE_OPEN.matcher(line);
      if (!matcher.matches()) {
        return null;
      }
      String run = matcher.group(1);
      // CommonMark: the info string of a backtick fence may not contain backticks.
      if (run.charAt(0) == '`' && matcher.group(2).indexOf('`') >= 0) {
        return null;
      }
      return new Fence(run.charAt(0), run.length());
    }

    boolean closedBy(String line) {
      Matcher matcher = FENCE_CLOSE.matcher(line);
      return matcher.matches()
          && matcher.group(1).charAt(0) == marker
          && matcher.group(1).length() >= length;
    }
  }
}
