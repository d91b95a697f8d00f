package dev.memkit.domain.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.word.WordListContent.Chapter;
import dev.memkit.domain.word.WordListContent.Mode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link WordListContent} over thousands of random inputs from a seeded {@link
 * Random}; a failure message names the seed and the input, so it can be replayed.
 */
class WordListContentPropertyTest {

  private static final long SEED = 20260105L;
  private static final int RUNS = 5_000;

  /** Biased to the characters that decide the format. */
  private static final String[] ALPHABET = {
    "#", "#", "#", "/", "/", " ", " ", "\n", "\n", "\n", "\r", "\r\n", "\t", "a", "b", "Z", "中",
    "词", "，", "𝄞", "\u3000"
  };

  private static final String[] WORDS = {
    "apple", "Apple", "carry with", "中文", "a/b", "x#y", "𝄞", "go-to", "it's"
  };

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return text.toString();
  }

  private static List<Chapter> randomChapters(Random random) {
    List<Chapter> chapters = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      List<String> entries = new ArrayList<>();
      int size = random.nextInt(5);
      for (int j = 0; j < size; j++) {
        entries.add(WORDS[random.nextInt(WORDS.length)]);
      }
      String name = random.nextBoolean() ? "" : (random.nextBoolean() ? " " : "") + "Unit " + i;
      chapters.add(new Chapter(name, entries));
    }
    return chapters;
  }

  @Test
  void shouldRenderExactlyTheParsedTextWhenTextIsRandom() {
    Random random = new Random(SEED);
    for (int run = 0; run < RUNS; run++) {
      String text = randomText(random);

      WordListContent content = WordListContent.parse(text);

      assertThat(content.render()).as("seed %d run %d: %s", SEED, run, show(text)).isEqualTo(text);
      assertThat(content.entries())
          .as("seed %d run %d: %s", SEED, run, show(text))
          .allSatisfy(
              entry ->
                  assertThat(entry)
                      .isNotBlank()
                      .doesNotContain("\n", "\r")
                      .isEqualTo(entry.strip()));
    }
  }

  @Test
  void shouldBeStableAndKeepStructureWhenBuiltFromChapters() {
    Random random = new Random(SEED + 1);
    for (int run = 0; run < RUNS; run++) {
      List<Chapter> chapters = randomChapters(random);

      WordListContent built = WordListContent.ofChapters(chapters).get();
      WordListContent reparsed = WordListContent.parse(built.render());

      String where = "seed " + (SEED + 1) + " run " + run + ": " + chapters;
      assertThat(reparsed.render()).as(where).isEqualTo(built.render());
      assertThat(reparsed.chapters()).as(where).isEqualTo(chapters);
      assertThat(reparsed.mode())
          .as(where)
          .isEqualTo(chapters.isEmpty() ? Mode.TEXT : Mode.CHAPTERS);
    }
  }

  @Test
  void shouldContainEntryAndKeepChaptersWhenEntryAddedToRandomContent() {
    Random random = new Random(SEED + 2);
    for (int run = 0; run < RUNS; run++) {
      String text = randomText(random);
      String entry = WORDS[random.nextInt(WORDS.length)];
      Option<String> chapter =
          random.nextBoolean() ? Option.none() : Option.some("Unit " + run % 3);
      WordListContent before = WordListContent.parse(text);

      WordListContent after = before.withEntryAdded(entry, chapter).get();

      String where = "seed " + (SEED + 2) + " run " + run + ": " + show(text) + " + " + entry;
      assertThat(after.mode()).as(where).isEqualTo(Mode.CHAPTERS);
      assertThat(after.entries()).as(where).contains(entry);
      assertThat(after.entries().size() - before.entries().size()).as(where).isBetween(0, 1);
      assertThat(WordListContent.parse(after.render())).as(where).isEqualTo(after);
      if (before.mode() == Mode.CHAPTERS) {
        List<String> namesBefore = before.chapters().stream().map(Chapter::name).toList();
        assertThat(after.chapters().stream().map(Chapter::name).toList())
            .as(where)
            .startsWith(namesBefore.toArray(String[]::new));
        assertThat(after.render().endsWith("\n") || after.render().endsWith("\r"))
            .as(where)
            .isEqualTo(text.endsWith("\n") || text.endsWith("\r"));
      }
      assertThat(after.withEntryAdded(entry, chapter).get()).as(where).isEqualTo(after);
    }
  }

  @Test
  void shouldLoseOnlyThatEntryWhenEntryRemovedFromRandomContent() {
    Random random = new Random(SEED + 3);
    for (int run = 0; run < RUNS; run++) {
      String text = randomText(random);
      WordListContent before = WordListContent.parse(text);
      List<String> entries = before.entries();
      String entry = entries.isEmpty() ? "apple" : entries.get(random.nextInt(entries.size()));

      WordListContent after = before.withEntryRemoved(entry);

      String where = "seed " + (SEED + 3) + " run " + run + ": " + show(text) + " - " + entry;
      assertThat(after.entries()).as(where).doesNotContain(entry);
      assertThat(after.entries())
          .as(where)
          .isEqualTo(entries.stream().filter(e -> !e.equals(entry)).toList());
      if (before.mode() == Mode.CHAPTERS) {
        assertThat(after.chapters().stream().map(Chapter::name).toList())
            .as(where)
            .isEqualTo(before.chapters().stream().map(Chapter::name).toList());
      }
    }
  }

  private static String show(String text) {
    return '"' + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + '"';
  }
}
