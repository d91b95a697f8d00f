package dev.memkit.domain.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void shouldKeepSpellingAsGivenWhenNotBlank() {
    assertThat(Spelling.of(" Apple ").get().value()).isEqualTo(" Apple ");
    assertThat(new Spelling("Apple").sameIgnoringCase(new Spelling("aPPLE"))).isTrue();
    assertThat(new Spelling("Apple")).isNotEqualTo(new Spelling("apple"));
  }

  @Test
  void shouldNameFieldWhenSpellingOrIdIsBlank() {
    assertThat(Spelling.of(" ").getError())
        .extracting(Violation::field)
        .containsExactly("spelling");
    assertThat(VocId.of("").getError()).extracting(Violation::field).containsExactly("vocId");
    assertThat(WordListId.of("\t").getError())
        .extracting(Violation::field)
        .containsExactly("wordListId");
    assertThatThrownBy(() -> new DefinitionId(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Spelling("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldAcceptHighlightWhenStartIsBeforeEnd() {
    var range = HighlightRange.of(2, 7).get();

    assertThat(range.in("I apple you")).isEqualTo("apple");
    assertThat(range.length()).isEqualTo(5);
    assertThat(range.in("I ap")).isEqualTo("ap");
  }

  @Test
  void shouldNameBothEndsWhenHighlightIsBackwards() {
    assertThat(HighlightRange.of(-1, -1).getError())
        .extracting(Violation::field)
        .containsExactly("start", "end");
    assertThat(HighlightRange.of(3, 3).getError())
        .extracting(Violation::field)
        .containsExactly("end");
    assertThatThrownBy(() -> new HighlightRange(4, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldListTheOfficialLabelsWhenEnumsAreRead() {
    assertThat(Arrays.stream(MnemonicType.values()).map(MnemonicType::label))
        .containsExactly(
            "联想", "谐音", "派生", "词根", "词源", "固搭", "语法", "对比", "近义", "反义", "扩展", "串记", "口诀", "合成",
            "吐槽", "其他", "固定搭配", "词根词缀", "辨析", "近反义词", "图例");
    assertThat(DefinitionTag.values()).hasSize(25);
    assertThat(SentenceTag.values()).hasSize(24);
    assertThat(WordListTag.values()).hasSize(20);
    assertThat(WordListTag.fromLabel("大学教科书")).contains(WordListTag.UNIVERSITY_TEXTBOOK);
    assertThat(MnemonicType.fromLabel("拆分")).isEmpty();
  }

  @Test
  void shouldNeverGoNegativeWhenStudiedBeyondTarget() {
    assertThat(new StudyProgress(30, 50, Duration.ofMinutes(12)).remaining()).isEqualTo(20);
    assertThat(new StudyProgress(60, 50, Duration.ZERO).remaining()).isZero();
    assertThatThrownBy(() -> new StudyProgress(-1, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldReadBeijingDayWhenTimestampIsBeijingMidnightInUtc() {
    assertThat(BeijingDay.of(Instant.parse("2026-09-19T16:00:00.000Z")))
        .isEqualTo(LocalDate.of(2026, 9, 20));
    assertThat(BeijingDay.of(Instant.parse("2026-09-19T15:59:59.999Z")))
        .isEqualTo(LocalDate.of(2026, 9, 19));
    assertThat(BeijingDay.start(LocalDate.of(2026, 9, 20)))
        .isEqualTo(Instant.parse("2026-09-19T16:00:00Z"));
  }

  @Test
  void shouldCopyTagsWhenRecordIsBuilt() {
    var record =
        new StudyRecord(
            new VocId("voc-a"),
            new Spelling("a"),
            LocalDate.of(2026, 1, 1),
            Option.none(),
            Option.none(),
            Option.some(LocalDate.of(2026, 1, 2)),
            Option.none(),
            0,
            Set.of(StudyTag.STICKING));

    assertThat(record.hasTag(StudyTag.STICKING)).isTrue();
    assertThat(record.hasTag(StudyTag.WELL_FAMILIAR)).isFalse();
    assertThat(record.withNextStudyDate(Option.none()).nextStudyDate()).isEmpty();
    assertThat(record.tags()).isUnmodifiable();
  }

  @Test
  void shouldCopyListsWhenSentenceIsBuilt() {
    var tags = new java.util.ArrayList<>(List.of(SentenceTag.PHRASE));
    var sentence =
        new ExampleSentence(
            new SentenceId("p1"),
            new VocId("voc-a"),
            "an apple",
            "一个苹果",
            tags,
            "",
            List.of(new HighlightRange(3, 8)),
            Instant.EPOCH,
            Instant.EPOCH);
    tags.clear();

    assertThat(sentence.tags()).containsExactly(SentenceTag.PHRASE);
    assertThat(sentence.draft().validate().isValid()).isTrue();
  }
}
