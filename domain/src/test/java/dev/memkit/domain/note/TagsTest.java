package dev.memkit.domain.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagsTest {

  private static List<String> tags(String markdown) {
    return Tags.extract(markdown).stream().map(Tag::value).toList();
  }

  @Nested
  class Recognised {

    @Test
    void shouldFindTagWhenItIsTheWholeText() {
      assertThat(tags("#tag")).containsExactly("tag");
    }

    @Test
    void shouldFindTagsInOrderOfFirstOccurrenceWhenSeveralAppear() {
      assertThat(tags("Meeting #work then #meeting and #daily"))
          .containsExactly("work", "meeting", "daily");
    }

    @Test
    void shouldReportTagOnceWhenItAppearsTwice() {
      assertThat(tags("#work one #idea two #work")).containsExactly("work", "idea");
    }

    @Test
    void shouldTreatCaseAsSignificantWhenTagsDifferOnlyInCase() {
      assertThat(tags("#Work #work")).containsExactly("Work", "work");
    }

    @Test
    void shouldFindNestedTagWhenSegmentsAreSeparatedBySlash() {
      assertThat(tags("notes #work/meeting/2026")).containsExactly("work/meeting/2026");
    }

    @Test
    void shouldFindCjkTagWhenWrittenInChinese() {
      assertThat(tags("今天 #学习 了很多")).containsExactly("学习");
    }

    @Test
    void shouldFindTagsInOtherScriptsWhenWrittenInJapaneseKoreanOrCyrillic() {
      assertThat(tags("#テスト #테스트 #заметки")).containsExactly("テスト", "테스트", "заметки");
    }

    @Test
    void shouldFindTagWhenItFollowsFullWidthPunctuation() {
      assertThat(tags("今天，#学习。")).containsExactly("学习");
    }

    @Test
    void shouldKeepEmojiWhenTagContainsThem() {
      assertThat(tags("#launch🚀 done")).containsExactly("launch🚀");
    }

    @Test
    void shouldKeepUnderscoreHyphenAndAmpersandWhenInsideTag() {
      assertThat(tags("#snake_case #kebab-case #science&tech"))
          .containsExactly("snake_case", "kebab-case", "science&tech");
    }

    @Test
    void shouldTreatDigitsAloneAsTagWhenWrittenLikeIssueNumbers() {
      // Memos counts #123 as a tag; memkit agrees so every backend reports the same tags.
      assertThat(tags("fixes #123 and #2024_plans")).containsExactly("123", "2024_plans");
    }

    @Test
    void shouldFindTagWhenItIsAtTheEndOfTheText() {
      assertThat(tags("last line\nends with #end")).containsExactly("end");
    }

    @Test
    void shouldFindTagWhenTextUsesWindowsLineEndings() {
      assertThat(tags("a #one\r\nb #two\r\n")).containsExactly("one", "two");
    }

    @Test
    void shouldFindTagWhenItStartsALineWithoutSpace() {
      // Without a space after it, # opens no heading in CommonMark.
      assertThat(tags("#idea\nmore text")).containsExactly("idea");
    }

    @Test
    void shouldFindTagWhenItIsInsideHeadingText() {
      assertThat(tags("# Plan #work\n## Next #todo ##")).containsExactly("work", "todo");
    }

    @Test
    void shouldFindTagWhenWrappedInOpeningPunctuationOrEmphasis() {
      assertThat(tags("(#a) [#b] {#c} **#d** ~~#e~~ “#f” > #g >#h"))
          .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void shouldFindTagWhenInsideListItemsAndBlockquotes() {
      assertThat(tags("- item #one\n* item #two\n1. item #three\n> quote #four"))
          .containsExactly("one", "two", "three", "four");
    }

    @Test
    void shouldFindTagWhenInsideLinkText() {
      assertThat(tags("[see #docs](https://example.com)")).containsExactly("docs");
    }

    @Test
    void shouldFindTagAfterCodeFenceWhenFenceIsClosed() {
      assertThat(tags("```\n#notatag\n```\nafter #yes")).containsExactly("yes");
    }

    @Test
    void shouldFindTagAfterInlineCodeWhenCodeSpanIsClosed() {
      assertThat(tags("`#no` and #yes")).containsExactly("yes");
    }

    @Test
    void shouldStopAtHundredCharactersWhenTagIsLonger() {
      String longTag = "a".repeat(120);
      assertThat(tags("#" + longTag)).containsExactly("a".repeat(Tag.MAX_LENGTH));
    }
  }

  @Nested
  class Boundaries {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "#tag.", "#tag,", "#tag;", "#tag:", "#tag!", "#tag?", "#tag)", "#tag'", "#tag\""
        })
    void shouldLeaveOutTrailingPunctuationWhenTagEndsASentence(String text) {
      assertThat(tags(text)).containsExactly("tag");
    }

    @Test
    void shouldEndTagWhenAnotherHashFollows() {
      assertThat(tags("#one#two")).containsExactly("one");
    }

    @Test
    void shouldEndTagAtAsciiSymbolWhenOneFollows() {
      assertThat(tags("#tag@special #a+b #c=d")).containsExactly("tag", "a", "c");
    }

    @Test
    void shouldDropTrailingSlashWhenNestedTagEndsWithIt() {
      assertThat(tags("#work/ and #a/b/")).containsExactly("work", "a/b");
    }

    @Test
    void shouldCutAtDoubleSlashWhenSegmentIsEmpty() {
      assertThat(tags("#a//b")).containsExactly("a");
    }

    @Test
    void shouldIgnoreTagWhenItStartsWithSlash() {
      assertThat(tags("#/root")).isEmpty();
    }
  }

  @Nested
  class NotTags {

    @ParameterizedTest
    @ValueSource(strings = {"# Heading", "## Heading", "### Heading", "   # Indented heading", "#"})
    void shouldFindNothingWhenHashIsAHeadingMarkerOrAlone(String text) {
      assertThat(tags(text)).isEmpty();
    }

    @Test
    void shouldFindNothingWhenHashesAreGluedTogether() {
      assertThat(tags("##tag ###deep")).isEmpty();
    }

    @Test
    void shouldIgnoreTagsWhenInsideBacktickFence() {
      assertThat(tags("```java\n// #notatag\nint x = 1; #no\n```")).isEmpty();
    }

    @Test
    void shouldIgnoreTagsWhenInsideTildeFence() {
      assertThat(tags("~~~\n#no\n~~~\n")).isEmpty();
    }

    @Test
    void shouldIgnoreTagsUntilEndWhenFenceIsNeverClosed() {
      assertThat(tags("#before\n```\n#no\n\n#still-no")).containsExactly("before");
    }

    @Test
    void shouldKeepFenceOpenWhenClosingFenceIsShorterOrOfOtherCharacter() {
      assertThat(tags("````\n```\n~~~~\n#no\n````\n#yes")).containsExactly("yes");
    }

    @Test
    void shouldIgnoreTagsWhenFenceIsIndentedInListOrQuote() {
      assertThat(tags("- item\n  ```\n  #no\n  ```\n> ```\n> #no\n> ```")).isEmpty();
    }

    @Test
    void shouldNotOpenFenceWhenBacktickInfoStringHasBackticks() {
      // ``` followed by more backticks on the line is an inline code span, not a fence.
      assertThat(tags("``` a ` b ```\n#yes")).containsExactly("yes");
    }

    @Test
    void shouldIgnoreTagWhenInsideInlineCode() {
      assertThat(tags("run `git log #1` or ``a ` #b``")).isEmpty();
    }

    @Test
    void shouldIgnoreTagWhenInsideInlineCodeSpanningLines() {
      assertThat(tags("`start\n#no end`")).isEmpty();
    }

    @Test
    void shouldReadTagWhenBacktickIsNeverClosed() {
      assertThat(tags("a ` lone backtick #yes")).containsExactly("yes");
    }

    @Test
    void shouldIgnoreAnchorWhenInsideBareUrl() {
      assertThat(tags("see https://example.com/#anchor and http://a.b/(#x)")).isEmpty();
    }

    @Test
    void shouldIgnoreAnchorWhenInsideAutolink() {
      assertThat(tags("<https://example.com/page#section> <mailto:a@b.c#x>")).isEmpty();
    }

    @Test
    void shouldIgnoreAnchorWhenInsideLinkDestination() {
      assertThat(tags("[text](http://a#b) and [local](#anchor) and ![img](pic.png#x)")).isEmpty();
    }

    @Test
    void shouldIgnoreAnchorWhenInsideLinkDestinationWithTitle() {
      assertThat(tags("[t](#a \"title (#b)\") then #yes")).containsExactly("yes");
    }

    @Test
    void shouldIgnoreAnchorWhenInsideReferenceDefinition() {
      assertThat(tags("[ref]: #anchor\n[other]: https://x.y/#z")).isEmpty();
    }

    @Test
    void shouldIgnoreHashWhenInsideHtmlTagOrComment() {
      assertThat(tags("<a href=\"#top\">up</a> <!-- #hidden --> <span id=#x>")).isEmpty();
    }

    @Test
    void shouldIgnoreEscapedHash() {
      assertThat(tags("\\#notatag")).isEmpty();
    }

    @Test
    void shouldIgnoreHashWhenGluedToPrecedingWord() {
      assertThat(tags("C# F#sharp page/#anchor &#35; a.#b x-#y")).isEmpty();
    }

    @Test
    void shouldFindNothingWhenTextIsEmptyOrBlank() {
      assertThat(tags("")).isEmpty();
      assertThat(tags("  \n\t\n")).isEmpty();
    }
  }

  @Test
  void shouldExtractExampleOfSeedDocumentWhenHeadingAndTagsMix() {
    String content =
        "# Updated Meeting Notes\n\n## Action Items\n- [ ] Review design mockups\n"
            + "- [ ] Schedule follow-up meeting\n\n#work #meeting #action-items";
    assertThat(tags(content)).containsExactly("work", "meeting", "action-items");
  }

  @Test
  void shouldReturnUnmodifiableListWhenExtracting() {
    List<Tag> extracted = Tags.extract("#a");
    assertThat(extracted).isUnmodifiable();
  }
}
