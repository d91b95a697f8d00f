package dev.memkit.testkit.word;

import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Vocabulary;
import java.util.List;
import java.util.stream.Stream;

class InMemoryVocabularyContractTest extends VocabularyContract {

  /** More known words than one MaiMemo batch (1,000) holds. */
  private static final List<Word> WORDS =
      Stream.concat(
              WordFixtures.words("apple", "banana", "carry with").stream(),
              WordFixtures.generatedWords(1_500).stream())
          .toList();

  @Override
  protected Vocabulary createVocabulary() {
    return WordTestBackends.withDictionary().withWords(WORDS).vocabulary();
  }

  @Override
  protected List<String> knownSpellings() {
    return WORDS.stream().map(Word::spelling).map(Spelling::value).toList();
  }
}
