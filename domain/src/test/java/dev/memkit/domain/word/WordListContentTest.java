package dev.memkit.domain.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.validation.Violation;
import dev.memkit.domain.word.WordListContent.Chapter;
import dev.memkit.domain.word.WordListContent.Mode;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordListContentTest {

  private static WordListContent added(String content, String entry, Option<String> chapter) {
    return WordListContent.parse(content).withEntryAdded(entry, chapter).get();
  }

  @Test
  void shouldReadChaptersAndEntriesWhenContentStartsWithHash() {
    var content = WordListContent.parse("# Chapter 1\napple\nbanana\n# Chapter 2\ncat\ndog");

    assertThat(content.mode()).isEqualTo(Mode.CHAPTERS);
    assertThat(content.chapters())
        .containsExactly(
            Chapter.of(" Chapter 1", "apple", "banana"), Chapter.of(" Chapter 2", "cat", "dog"));
    assertThat(content.entries()).containsExactly("apple", "banana", "cat", "dog");
  }

  @Test
  void shouldKeepPhrasesCaseAndEmptyNamesWhenReadingChapters() {
    var content = WordListContent.parse("#\n  carry with  \nchina\nChina\n\n#Unit\r\nflying\r\n");

    assertThat(content.chapters())
        .containsExactly(
            Chapter.of("", "carry with", "china", "China"), Chapter.of("Unit", "flying"));
  }

  @Test
  void shouldUseTextModesWhenContentDoesNotStartWithHash() {
    assertThat(WordListContent.parse("apple\nbanana").mode()).isEqualTo(Mode.TEXT);
    assertThat(WordListContent.parse(" #apple").mode()).isEqualTo(Mode.TEXT);
    assertThat(WordListContent.parse("").mode()).isEqualTo(Mode.TEXT);
    assertThat(WordListContent.parse("//saw\nbirds").mode()).isEqualTo(Mode.LEMMATISED_TEXT);
    assertThat(WordListContent.parse("/saw").mode()).isEqualTo(Mode.TEXT);
    assertThat(WordListContent.parse("apple").chapters()).isEmpty();
  }

  @Test
  void shouldApproximateEntriesWhenContentIsText() {
    assertThat(WordListContent.parse("//saw, birds；flying\n#x\tcarry with\n\n").entries())
        .containsExactly("saw", "birds", "flying", "x", "carry with");
  }

  @Test
  void shouldRenderExactlyWhatWasParsedWhenLineEndingsAreMixed() {
    String text = "#A \r\n\r\n  apple\r\rbanana \n#\n";

    assertThat(WordListContent.parse(text).render()).isEqualTo(text);
    assertThat(WordListContent.parse(text).entries()).containsExactly("apple", "banana");
  }

  @Test
  void shouldAppendToLastChapterWhenNoChapterGiven() {
    assertThat(added("#A\napple\n\n#B\ncat\n\n", "dog", Option.none()).render())
        .isEqualTo("#A\napple\n\n#B\ncat\ndog\n\n");
  }

  @Test
  void shouldKeepMissingFinalNewlineWhenAppendingAtTheEnd() {
    assertThat(added("#A\napple", "dog", Option.none()).render()).isEqualTo("#A\napple\ndog");
    assertThat(added("#A\napple\n", "dog", Option.none()).render()).isEqualTo("#A\napple\ndog\n");
  }

  @Test
  void shouldUseTheContentsLineEndingWhenAdding() {
    assertThat(added("#A\r\napple\r\n#B\r\n", "dog", Option.some("A")).render())
        .isEqualTo("#A\r\napple\r\ndog\r\n#B\r\n");
  }

  @Test
  void shouldAddToNamedChapterWhenItExists() {
    assertThat(added("#A\napple\n#B\ncat", "dog", Option.some("A")).render())
        .isEqualTo("#A\napple\ndog\n#B\ncat");
    assertThat(added("#A\n#B\ncat", "dog", Option.some("A")).render())
        .isEqualTo("#A\ndog\n#B\ncat");
  }

  @Test
  void shouldCreateChapterAtTheEndWhenNamedChapterIsMissing() {
    assertThat(added("#A\napple", "dog", Option.some(" New")).render())
        .isEqualTo("#A\napple\n# New\ndog");
  }

  @Test
  void shouldNotRepeatEntryWhenItIsAlreadyThere() {
    String text = "#A\napple\n#B\ncat";

    assertThat(added(text, " apple ", Option.none()).render()).isEqualTo(text);
    assertThat(added(text, "cat", Option.some("B")).render()).isEqualTo(text);
    assertThat(added(text, "apple", Option.some("B")).render())
        .isEqualTo("#A\napple\n#B\ncat\napple");
    assertThat(added(text, "Apple", Option.none()).entries())
        .containsExactly("apple", "cat", "Apple");
  }

  @Test
  void shouldRebuildTextAsDefaultChapterWhenAddingToText() {
    assertThat(added("apple, banana\ncarry with\n", "dog", Option.none()).render())
        .isEqualTo("#单词列表\napple\nbanana\ncarry with\ndog");
    assertThat(added("", "dog", Option.none()).render()).isEqualTo("#单词列表\ndog");
    assertThat(added("", "dog", Option.some("Unit 1")).render()).isEqualTo("#Unit 1\ndog");
  }

  @Test
  void shouldRejectEntryAndChapterWhenTheyCannotBeOneLine() {
    var content = WordListContent.parse("#A\napple");

    assertThat(content.withEntryAdded("  ", Option.none()).getError())
        .extracting(Violation::field)
        .containsExactly("entry");
    assertThat(content.withEntryAdded("a\nb", Option.some("x\ry")).getError())
        .extracting(Violation::field)
        .containsExactly("entry", "chapter");
    assertThat(content.withEntryAdded("#tag", Option.none()).getError().head().message())
        .contains("'#'");
  }

  @Test
  void shouldRemoveEveryMatchingEntryAndKeepChaptersWhenRemoving() {
    var content = WordListContent.parse("#A\napple\n  apple \n#B\napple\nApple\n#C\n");

    var removed = content.withEntryRemoved("apple");

    assertThat(removed.render()).isEqualTo("#A\n#B\nApple\n#C\n");
    assertThat(removed.chapters()).extracting(Chapter::name).containsExactly("A", "B", "C");
  }

  @Test
  void shouldKeepMissingFinalNewlineWhenRemovingTheLastLine() {
    assertThat(WordListContent.parse("#A\napple\ndog").withEntryRemoved("dog").render())
        .isEqualTo("#A\napple");
  }

  @Test
  void shouldProduceChaptersWhenRemovingFromText() {
    var removed = WordListContent.parse("apple banana\ncat").withEntryRemoved("cat");

    assertThat(removed.mode()).isEqualTo(Mode.CHAPTERS);
    assertThat(removed.render()).isEqualTo("#单词列表\napple banana");
    assertThat(WordListContent.empty().withEntryRemoved("cat")).isEqualTo(WordListContent.empty());
  }

  @Test
  void shouldBuildContentFromChaptersWhenAllLinesAreValid() {
    var content =
        WordListContent.ofChapters(List.of(Chapter.of("A", " apple "), Chapter.of("B"))).get();

    assertThat(content.render()).isEqualTo("#A\napple\n#B");
    assertThat(WordListContent.ofChapters(List.of()).get()).isEqualTo(WordListContent.empty());
  }

  @Test
  void shouldNameEveryBadLineWhenBuildingFromChapters() {
    var result =
        WordListContent.ofChapters(
            List.of(Chapter.of("A\n", "ok", " "), Chapter.of("B", "#x", "a\nb")));

    assertThat(result.getError())
        .extracting(Violation::field)
        .containsExactly(
            "chapters[0].name",
            "chapters[0].entries[1]",
            "chapters[1].entries[0]",
            "chapters[1].entries[1]");
  }

  @Test
  void shouldCompareByTextWhenComparingContents() {
    assertThat(WordListContent.parse("#A\nb")).isEqualTo(WordListContent.parse("#A\nb"));
    assertThat(WordListContent.parse("#A\nb")).isNotEqualTo(WordListContent.parse("#A\nb\n"));
    assertThat(WordListContent.parse("#A\nb").contains(" b ")).isTrue();
  }
}
