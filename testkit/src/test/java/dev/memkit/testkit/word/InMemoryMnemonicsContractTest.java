package dev.memkit.testkit.word;

import dev.memkit.domain.word.Word;
import dev.memkit.port.Mnemonics;
import java.util.List;

class InMemoryMnemonicsContractTest extends MnemonicsContract {

  @Override
  protected Mnemonics createMnemonics() {
    return WordTestBackends.withDictionary().mnemonics();
  }

  @Override
  protected List<Word> knownWords() {
    return List.of(WordTestBackends.APPLE, WordTestBackends.BANANA);
  }
}
