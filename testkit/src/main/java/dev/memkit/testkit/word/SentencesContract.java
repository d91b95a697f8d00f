package dev.memkit.testkit.word;

import static dev.memkit.testkit.word.WordFixtures.aSentence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.validation.Violation;
import dev.memkit.domain.word.ExampleSentence;
import dev.memkit.domain.word.SentenceId;
import dev.memkit.domain.word.SentenceTag;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Failure;
import dev.memkit.port.Sentences;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Sentences} must do. The user's sentences may not start empty on a real account,
 * so the tests look only at what they create themselves. Sentences are written around the known
 * words' spellings, so a backend that highlights the word has something to highlight.
 */
public abstract class SentencesContract {

  private Sentences sentences;

  /** A fresh instance; called once per test. */
  protected abstract Sentences createSentences();

  /** Two or more different words of the dictionary. */
  protected abstract List<Word> knownWords();

  @BeforeEach
  void createSentencesUnderTest() {
    sentences = createSentences();
  }

  private VocId word(int index) {
    return knownWords().get(index).id();
  }

  private String sentenceAbout(int index) {
    return "Here is the word " + knownWords().get(index).spelling().value() + " in a sentence.";
  }

  private ExampleSentence stored(VocId word, SentenceId id) {
    return sentences.list(word).get().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("sentence " + id + " is not listed"));
  }

  @Test
  void shouldListSentenceWhenCreated() {
    var draft =
        aSentence()
            .withSentence(sentenceAbout(0))
            .withTranslation("这是句子里的这个词。")
            .withTags(SentenceTag.CET4, SentenceTag.PHRASE)
            .withOrigin("memkit")
            .build();

    var created = sentences.create(word(0), draft).get();

    assertThat(created.vocId()).isEqualTo(word(0));
    assertThat(created.draft()).isEqualTo(draft);
    assertThat(stored(word(0), created.id()).draft()).isEqualTo(draft);
  }

  @Test
  void shouldAcceptEmptyOriginAndNoTagsWhenCreating() {
    var draft = aSentence().withSentence(sentenceAbout(0)).withTags().withOrigin("").build();

    var created = sentences.create(word(0), draft).get();

    assertThat(created.origin()).isEmpty();
    assertThat(created.tags()).isEmpty();
  }

  @Test
  void shouldHighlightOnlyInsideTheSentenceWhenCreated() {
    var created =
        sentences.create(word(0), aSentence().withSentence(sentenceAbout(0)).build()).get();

    assertThat(created.highlights())
        .allSatisfy(
            range -> assertThat(range.end()).isLessThanOrEqualTo(created.sentence().length()));
  }

  @Test
  void shouldListOnlyTheWordsOwnSentencesWhenSeveralWordsHaveSome() {
    var first = sentences.create(word(0), aSentence().withSentence(sentenceAbout(0)).build()).get();
    var second =
        sentences.create(word(1), aSentence().withSentence(sentenceAbout(1)).build()).get();

    assertThat(sentences.list(word(0)).get())
        .extracting(ExampleSentence::id)
        .contains(first.id())
        .doesNotContain(second.id());
  }

  @Test
  void shouldReplaceEveryFieldWhenUpdated() {
    var created =
        sentences.create(word(0), aSentence().withSentence(sentenceAbout(0)).build()).get();
    var draft =
        aSentence()
            .withSentence(sentenceAbout(0) + " Again.")
            .withTranslation("再一次。")
            .withTags(SentenceTag.IELTS)
            .withOrigin("a book")
            .build();

    var updated = sentences.update(created.id(), draft).get();

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.draft()).isEqualTo(draft);
    assertThat(stored(word(0), created.id()).draft()).isEqualTo(draft);
  }

  @Test
  void shouldRejectFourTagsAndBlankTranslationBeforeWritingWhenCreating() {
    var before = sentences.list(word(0)).get();
    var draft =
        aSentence()
            .withSentence(sentenceAbout(0))
            .withTranslation("")
            .withTags(SentenceTag.CET4, SentenceTag.CET6, SentenceTag.GRE, SentenceTag.SAT)
            .build();

    var result = sentences.create(word(0), draft);

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(((Failure.Invalid) result.getLeft()).violations())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("translation", "tags");
    assertThat(sentences.list(word(0)).get()).isEqualTo(before);
  }

  @Test
  void shouldRejectBlankSentenceBeforeWritingWhenUpdating() {
    var created =
        sentences.create(word(0), aSentence().withSentence(sentenceAbout(0)).build()).get();

    var result = sentences.update(created.id(), aSentence().withSentence("  ").build());

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(stored(word(0), created.id())).isEqualTo(created);
  }

  @Test
  void shouldForgetSentenceWhenDeleted() {
    var created =
        sentences.create(word(0), aSentence().withSentence(sentenceAbout(0)).build()).get();

    assertThat(sentences.delete(created.id()).isRight()).isTrue();

    assertThat(sentences.list(word(0)).get())
        .extracting(ExampleSentence::id)
        .doesNotContain(created.id());
    assertThat(sentences.delete(created.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldFailNotFoundWhenIdIsUnknown() {
    var unknown = new SentenceId("memkit-no-such-sentence");

    assertThat(sentences.update(unknown, aSentence().build()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(sentences.delete(unknown).getLeft()).isInstanceOf(Failure.NotFound.class);
  }
}
