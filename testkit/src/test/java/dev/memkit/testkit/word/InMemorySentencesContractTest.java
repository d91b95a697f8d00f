package dev.memkit.testkit.word;

import dev.memkit.domain.word.Word;
import dev.memkit.port.Sentences;
import java.util.List;

class InMemorySentencesContractTest extends SentencesContract {

  @Override
  protected Sentences createSentences() {
    return WordTestBackends.withDictionary().sentences();
  }

  @Override
  protected List<Word> knownWords() {
    return List.of(WordTestBackends.APPLE, WordTestBackends.BANANA);
  }
}
