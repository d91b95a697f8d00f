package dev.memkit.testkit.word;

import dev.memkit.domain.word.Word;
import dev.memkit.port.Definitions;
import java.util.List;

class InMemoryDefinitionsContractTest extends DefinitionsContract {

  @Override
  protected Definitions createDefinitions() {
    return WordTestBackends.withDictionary().definitions();
  }

  @Override
  protected List<Word> knownWords() {
    return List.of(WordTestBackends.APPLE, WordTestBackends.BANANA);
  }
}
