package dev.memkit.testkit.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Failure;
import dev.memkit.port.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Vocabulary} must do. A real dictionary cannot be emptied or seeded, so a
 * subclass names spellings its dictionary knows ({@link #knownSpellings()}) and, if the default
 * does not fit, one it does not know ({@link #unknownSpelling()}).
 */
public abstract class VocabularyContract {

  private Vocabulary vocabulary;

  /** A vocabulary whose dictionary knows every spelling of {@link #knownSpellings()}. */
  protected abstract Vocabulary createVocabulary();

  /**
   * At least three spellings the dictionary knows, pairwise different even ignoring case, none of
   * which has a second entry differing only in case. The more, the larger the batch tests (up to
   * 2,500).
   */
  protected abstract List<String> knownSpellings();

  /** A spelling the dictionary does not know. */
  protected String unknownSpelling() {
    return "qzxvmemkitnoword";
  }

  @BeforeEach
  void createVocabularyUnderTest() {
    vocabulary = createVocabulary();
  }

  private Spelling known(int index) {
    return new Spelling(knownSpellings().get(index));
  }

  private List<Spelling> allKnown() {
    return knownSpellings().stream().map(Spelling::new).toList();
  }

  @Test
  void shouldFindWordWhenSpellingIsKnown() {
    var word = vocabulary.lookup(known(0));

    assertThat(word.get().spelling().sameIgnoringCase(known(0))).isTrue();
  }

  @Test
  void shouldFailNotFoundWhenSpellingIsUnknown() {
    var word = vocabulary.lookup(new Spelling(unknownSpelling()));

    assertThat(word.getLeft()).isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldFindSameWordWhenSpellingDiffersInCase() {
    var exact = vocabulary.lookup(known(0)).get();
    var shouted =
        vocabulary.lookupAll(List.of(new Spelling(known(0).value().toUpperCase(Locale.ROOT))));

    assertThat(shouted.get()).containsExactly(exact);
  }

  @Test
  void shouldAnswerFoundWordsInAskedOrderWhenSomeAreUnknown() {
    var asked = List.of(known(2), new Spelling(unknownSpelling()), known(0), known(1));

    var words = vocabulary.lookupAll(asked).get();

    assertThat(words).hasSize(3);
    assertThat(words.get(0).spelling().sameIgnoringCase(known(2))).isTrue();
    assertThat(words.get(1).spelling().sameIgnoringCase(known(0))).isTrue();
    assertThat(words.get(2).spelling().sameIgnoringCase(known(1))).isTrue();
  }

  @Test
  void shouldAnswerEachWordOnceWhenSpellingIsRepeated() {
    var shouted = new Spelling(known(0).value().toUpperCase(Locale.ROOT));

    var words = vocabulary.lookupAll(List.of(known(0), shouted, known(0))).get();

    assertThat(words).hasSize(1);
  }

  @Test
  void shouldAnswerEveryKnownWordWhenBatchHas2500Spellings() {
    List<Spelling> asked = new ArrayList<>();
    List<Spelling> known = allKnown().subList(0, Math.min(2_500, knownSpellings().size()));
    for (int i = 0; asked.size() < 2_500; i++) {
      asked.add(i < known.size() ? known.get(i) : new Spelling(unknownSpelling() + i));
    }

    var words = vocabulary.lookupAll(asked).get();

    assertThat(words).hasSize(known.size());
    for (int i = 0; i < known.size(); i++) {
      assertThat(words.get(i).spelling().sameIgnoringCase(known.get(i))).as("word %d", i).isTrue();
    }
  }

  @Test
  void shouldAnswerNothingWhenNothingIsAsked() {
    assertThat(vocabulary.lookupAll(List.of()).get()).isEmpty();
    assertThat(vocabulary.byIds(List.of()).get()).isEmpty();
  }

  @Test
  void shouldFindWordsByIdWhenIdsAreKnown() {
    var words = vocabulary.lookupAll(List.of(known(1), known(0))).get();
    var ids = new ArrayList<VocId>(words.stream().map(Word::id).toList());
    ids.add(1, new VocId("voc-memkit-no-such-word"));

    assertThat(vocabulary.byIds(ids).get()).containsExactlyElementsOf(words);
  }

  @Test
  void shouldAnswerNothingWhenIdsAreUnknown() {
    assertThat(vocabulary.byIds(List.of(new VocId("voc-memkit-no-such-word"))).get()).isEmpty();
  }
}
