package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The content of a cloud word list in MaiMemo's text format, kept losslessly: {@code
 * parse(s).render()} is {@code s} for every string, so a read-modify-write never disturbs what the
 * user wrote (blank lines, {@code \r\n}, spaces, a missing final newline).
 *
 * <p>The {@link Mode} follows from the first characters:
 *
 * <ul>
 *   <li>{@link Mode#CHAPTERS} when the content starts with {@code #}: every line starting with
 *       {@code #} opens a chapter named by the rest of the line, exactly (no space is needed after
 *       {@code #}, and a space becomes part of the name). Every other non-blank line is one entry,
 *       a word or a phrase such as {@code carry with}, taken whole with surrounding whitespace
 *       removed and its case kept ({@code china} and {@code China} are two entries).
 *   <li>{@link Mode#LEMMATISED_TEXT} when it starts with {@code //}: free text whose words MaiMemo
 *       reduces to their dictionary form ({@code saw} to {@code see}).
 *   <li>{@link Mode#TEXT} otherwise: free text from which MaiMemo extracts words and phrases.
 * </ul>
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. For the text modes memkit cannot
 * know what MaiMemo's dictionary will extract; {@link #entries()} approximates it as the pieces of
 * each line between {@code , ; ， ； 、} and tabs. The editing operations ({@link #withEntryAdded},
 * {@link #withEntryRemoved}) always produce chapter-mode content: chapter-mode lines are kept as
 * they are, and text-mode content is rebuilt as one chapter, {@value #DEFAULT_CHAPTER}, holding its
 * entries.
 */
public final class WordListContent {

  /**
   * The chapter MaiMemo puts words in when content has no {@code #} line; memkit uses the same name
   * when it must turn text into chapters.
   */
  public static final String DEFAULT_CHAPTER = "单词列表";

  private static final Pattern TEXT_SEPARATORS = Pattern.compile("[,;，；、\t]");
  private static final String NEWLINE = "\n";

  /** How MaiMemo reads the content. */
  public enum Mode {
    /** Starts with {@code #}: chapters of one entry per line. */
    CHAPTERS,
    /** Free text. */
    TEXT,
    /** Starts with {@code //}: free text whose words are reduced to their dictionary form. */
    LEMMATISED_TEXT
  }

  /** One chapter of chapter-mode content: its name and its entries, in order. */
  public record Chapter(String name, List<String> entries) {

    public Chapter {
      Objects.requireNonNull(name, "name");
      entries = List.copyOf(entries);
    }

    public static Chapter of(String name, String... entries) {
      return new Chapter(name, List.of(entries));
    }
  }

  /** One line and the terminator that ended it ({@code ""} for a last line without one). */
  private record Line(String text, String end) {

    boolean isHeading() {
      return text.startsWith("#");
    }

    boolean isEntry() {
      return !isHeading() && !text.isBlank();
    }

    String entry() {
      return text.strip();
    }

    String chapterName() {
      return text.substring(1);
    }

    Line endingWith(String newEnd) {
      return new Line(text, newEnd);
    }
  }

  private final String raw;
  private final Mode mode;
  private final List<Line> lines;

  private WordListContent(String raw) {
    this.raw = raw;
    this.mode =
        raw.startsWith("#")
            ? Mode.CHAPTERS
            : raw.startsWith("//") ? Mode.LEMMATISED_TEXT : Mode.TEXT;
    this.lines = List.copyOf(split(raw));
  }

  /** Reads any string; never fails. */
  public static WordListContent parse(String content) {
    return new WordListContent(Objects.requireNonNull(content, "content"));
  }

  /** No content at all (text mode, no entries). */
  public static WordListContent empty() {
    return parse("");
  }

  /**
   * Chapter-mode content holding {@code chapters}, one line each for a heading and an entry, joined
   * by {@code \n}, without a final newline. Entries lose surrounding whitespace. No chapters give
   * empty content.
   */
  public static Validation<Seq<Violation>, WordListContent> ofChapters(List<Chapter> chapters) {
    Problems problems = new Problems();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < chapters.size(); i++) {
      Chapter chapter = chapters.get(i);
      checkChapterName(problems, "chapters[" + i + "].name", chapter.name());
      out.add("#" + chapter.name());
      for (int j = 0; j < chapter.entries().size(); j++) {
        String entry = chapter.entries().get(j).strip();
        checkEntry(problems, "chapters[" + i + "].entries[" + j + "]", entry);
        out.add(entry);
      }
    }
    return problems.orValid(() -> parse(String.join(NEWLINE, out)));
  }

  /** Exactly the text this content was parsed from (or built as). */
  public String render() {
    return raw;
  }

  public Mode mode() {
    return mode;
  }

  /** The chapters, in order; empty unless the content is in chapter mode. */
  public List<Chapter> chapters() {
    if (mode != Mode.CHAPTERS) {
      return List.of();
    }
    List<Chapter> chapters = new ArrayList<>();
    String name = null;
    List<String> entries = new ArrayList<>();
    for (Line line : lines) {
      if (line.isHeading()) {
        if (name != null) {
          chapters.add(new Chapter(name, entries));
        }
        name = line.chapterName();
        entries = new ArrayList<>();
      } else if (line.isEntry()) {
        entries.add(line.entry());
      }
    }
    if (name != null) {
      chapters.add(new Chapter(name, entries));
    }
    return List.copyOf(chapters);
  }

  /** Every word and phrase in order, repeats included (approximated in the text modes). */
  public List<String> entries() {
    if (mode == Mode.CHAPTERS) {
      return lines.stream().filter(Line::isEntry).map(Line::entry).toList();
    }
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (i == 0 && mode == Mode.LEMMATISED_TEXT) {
        text = text.substring(2);
      }
      for (String piece : TEXT_SEPARATORS.split(text)) {
        // A '#' cannot start an entry: once rebuilt as chapters it would open a chapter.
        String entry = piece.strip();
        while (entry.startsWith("#")) {
          entry = entry.substring(1).strip();
        }
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
    }
    return List.copyOf(entries);
  }

  /** Whether {@code entry} (surrounding whitespace ignored, case kept) is one of the entries. */
  public boolean contains(String entry) {
    return entries().contains(entry.strip());
  }

  /**
   * Chapter-mode content with {@code entry} added after the last entry of its chapter: the first
   * chapter called {@code chapter}, created at the end if there is none, or without a chapter the
   * last chapter (or {@value #DEFAULT_CHAPTER} when there is none yet). Adding is idempotent: an
   * entry already in the named chapter, or without a chapter already anywhere, is not added again.
   * The entry loses surrounding whitespace; it must be one non-blank line not starting with {@code
   * #} ({@code entry}), and a chapter name must be one line ({@code chapter}).
   */
  public Validation<Seq<Violation>, WordListContent> withEntryAdded(
      String entry, Option<String> chapter) {
    String item = entry.strip();
    Problems problems = new Problems();
    checkEntry(problems, "entry", item);
    chapter.forEach(name -> checkChapterName(problems, "chapter", name));
    return problems.orValid(() -> add(item, chapter));
  }

  /**
   * Chapter-mode content without any line whose entry is {@code entry} (surrounding whitespace
   * ignored, case kept). Chapters stay, even when they become empty; every other line is kept as it
   * was. Empty text stays empty.
   */
  public WordListContent withEntryRemoved(String entry) {
    String item = entry.strip();
    List<Line> edited = chapterLines();
    boolean endedWithoutNewline = edited.isEmpty() || edited.get(edited.size() - 1).end().isEmpty();
    edited.removeIf(line -> line.isEntry() && line.entry().equals(item));
    if (endedWithoutNewline && !edited.isEmpty()) {
      int last = edited.size() - 1;
      edited.set(last, edited.get(last).endingWith(""));
    }
    return parse(join(edited));
  }

  private WordListContent add(String item, Option<String> chapter) {
    List<Line> edited = chapterLines();
    String newline =
        edited.stream().map(Line::end).filter(e -> !e.isEmpty()).findFirst().orElse(NEWLINE);
    int heading = -1;
    for (int i = 0; i < edited.size(); i++) {
      Line line = edited.get(i);
      if (line.isHeading() && (chapter.isEmpty() || line.chapterName().equals(chapter.get()))) {
        heading = i;
        if (chapter.isDefined()) {
          break;
        }
      }
    }
    if (heading < 0) {
      insert(
          edited, edited.size(), List.of("#" + chapter.getOrElse(DEFAULT_CHAPTER), item), newline);
      return parse(join(edited));
    }
    int end = heading + 1;
    int after = heading + 1;
    boolean present = false;
    for (; end < edited.size() && !edited.get(end).isHeading(); end++) {
      if (edited.get(end).isEntry()) {
        after = end + 1;
        present |= edited.get(end).entry().equals(item);
      }
    }
    boolean anywhere = chapter.isEmpty() && parse(join(edited)).entries().contains(item);
    if (!present && !anywhere) {
      insert(edited, after, List.of(item), newline);
    }
    return parse(join(edited));
  }

  /** Inserts lines at {@code at}, keeping whether the content ends with a newline. */
  private static void insert(List<Line> lines, int at, List<String> texts, String newline) {
    boolean atEnd = at == lines.size();
    String lastEnd = newline;
    if (atEnd && (lines.isEmpty() || lines.get(at - 1).end().isEmpty())) {
      lastEnd = "";
      if (!lines.isEmpty()) {
        lines.set(at - 1, lines.get(at - 1).endingWith(newline));
      }
    }
    List<Line> added = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      added.add(new Line(texts.get(i), i == texts.size() - 1 ? lastEnd : newline));
    }
    lines.addAll(at, added);
  }

  /** The lines as chapter-mode lines, rebuilding text-mode content as one default chapter. */
  private List<Line> chapterLines() {
    if (mode == Mode.CHAPTERS) {
      return new ArrayList<>(lines);
    }
    List<String> entries = entries();
    if (entries.isEmpty()) {
      return new ArrayList<>();
    }
    List<String> texts = new ArrayList<>();
    texts.add("#" + DEFAULT_CHAPTER);
    texts.addAll(entries);
    return new ArrayList<>(split(String.join(NEWLINE, texts)));
  }

  private static void checkEntry(Problems problems, String field, String entry) {
    if (entry.isEmpty()) {
      problems.add(field, "must not be blank");
    } else if (hasLineBreak(entry)) {
      problems.add(field, "must be one line");
    } else if (entry.startsWith("#")) {
      problems.add(field, "must not start with '#', which opens a chapter");
    }
  }

  private static void checkChapterName(Problems problems, String field, String name) {
    if (hasLineBreak(name)) {
      problems.add(field, "must be one line");
    }
  }

  private static boolean hasLineBreak(String text) {
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }

  private static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int width = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        lines.add(new Line(text.substring(start, i), text.substring(i, i + width)));
        i += width;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(new Line(text.substring(start), ""));
    }
    return lines;
  }

  private static String join(List<Line> lines) {
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      text.append(line.text()).append(line.end());
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WordListContent that && raw.equals(that.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "WordListContent["
        + mode
        + ", "
        + raw.length()
        + " chars, "
        + entries().size()
        + " entries]";
  }
}
