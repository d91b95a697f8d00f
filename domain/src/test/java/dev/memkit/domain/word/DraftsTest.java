package dev.memkit.domain.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftsTest {

  @Test
  void shouldBuildDefinitionWhenTextAndTagsAreValid() {
    var draft =
        DefinitionDraft.fromLabels("n. 苹果", List.of("四级", "GRE"), PublicationStatus.PUBLISHED);

    assertThat(draft.get().tags()).containsExactly(DefinitionTag.CET4, DefinitionTag.GRE);
  }

  @Test
  void shouldListEveryProblemWhenDefinitionIsBad() {
    var draft =
        DefinitionDraft.fromLabels(
            " ", List.of("四级", "日常", "四级", "GRE"), PublicationStatus.UNPUBLISHED);

    assertThat(draft.getError())
        .extracting(Violation::field)
        .containsExactly("text", "tags[1]", "tags", "tags[2]");
  }

  @Test
  void shouldRejectFourTagsWhenDraftBuiltDirectly() {
    var draft =
        new DefinitionDraft(
            "n. 苹果",
            List.of(DefinitionTag.CET4, DefinitionTag.CET6, DefinitionTag.GRE, DefinitionTag.SAT),
            PublicationStatus.PUBLISHED);

    assertThat(draft.validate().getError()).extracting(Violation::field).containsExactly("tags");
    assertThat(draft.validate().getError().head().message()).contains("at most 3");
  }

  @Test
  void shouldAcceptThreeTagsAndNoTagsWhenDefinitionHasThem() {
    assertThat(
            DefinitionDraft.of(
                    "x",
                    List.of(DefinitionTag.CONCISE, DefinitionTag.LAW, DefinitionTag.MEDICINE),
                    PublicationStatus.PUBLISHED)
                .isValid())
        .isTrue();
    assertThat(DefinitionDraft.of("x", List.of(), PublicationStatus.PUBLISHED).isValid()).isTrue();
  }

  @Test
  void shouldReadMnemonicTypeFromLabelWhenLabelIsOfficial() {
    assertThat(MnemonicDraft.fromLabel("谐音", "apple sounds like 爱婆").get().type())
        .isEqualTo(MnemonicType.HOMOPHONE);
  }

  @Test
  void shouldNameTypeAndTextWhenMnemonicIsBad() {
    assertThat(MnemonicDraft.fromLabel("谐音.", "").getError())
        .extracting(Violation::field)
        .containsExactly("type", "text");
    assertThat(new MnemonicDraft(MnemonicType.OTHER, "\n").validate().isInvalid()).isTrue();
  }

  @Test
  void shouldAllowEmptyOriginWhenSentenceIsValid() {
    var draft = SentenceDraft.fromLabels("I ate an apple.", "我吃了一个苹果。", List.of("词典"), "");

    assertThat(draft.get().tags()).containsExactly(SentenceTag.DICTIONARY);
    assertThat(draft.get().origin()).isEmpty();
  }

  @Test
  void shouldListEveryProblemWhenSentenceIsBad() {
    var draft = SentenceDraft.fromLabels("", " ", List.of("日常", "短语"), "book");

    assertThat(draft.getError())
        .extracting(Violation::field)
        .containsExactly("sentence", "translation", "tags[0]");
    assertThat(draft.getError().last().message()).contains("日常");
  }

  @Test
  void shouldRejectDefinitionOnlyTagsWhenSentenceTagsAreChecked() {
    assertThat(SentenceTag.fromLabel("简明")).isEmpty();
    assertThat(DefinitionTag.fromLabel("短语")).isEmpty();
  }

  @Test
  void shouldAcceptManyTagsAndEmptyBriefWhenWordListIsValid() {
    var draft =
        WordListDraft.fromLabels(
            "GRE core",
            "",
            List.of("GRE", "托福", "雅思", "词频"),
            PublicationStatus.UNPUBLISHED,
            WordListContent.parse("#A\napple"));

    assertThat(draft.get().tags()).hasSize(4);
  }

  @Test
  void shouldNameTitleAndTagWhenWordListIsBad() {
    var draft =
        WordListDraft.fromLabels(
            "  ",
            "b",
            List.of("GRE", "GRE", "nope"),
            PublicationStatus.PUBLISHED,
            WordListContent.empty());

    assertThat(draft.getError())
        .extracting(Violation::field)
        .containsExactly("title", "tags[2]", "tags[1]");
  }

  @Test
  void shouldRebuildDraftWhenEditingStoredValues() {
    var list =
        new WordList(
            new WordListId("np-1"),
            "T",
            "",
            List.of(WordListTag.GRE),
            PublicationStatus.PUBLISHED,
            WordListContent.empty(),
            java.time.Instant.EPOCH,
            java.time.Instant.EPOCH);

    assertThat(list.withTitle("").draft().validate().getError())
        .extracting(Violation::field)
        .containsExactly("title");
    assertThat(list.withTitle("U").summary().title()).isEqualTo("U");
  }
}
