package dev.memkit.adapter.maimemo;

import dev.memkit.domain.word.Word;
import dev.memkit.port.Definitions;
import dev.memkit.testkit.word.DefinitionsContract;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class MaiMemoDefinitionsContractTest extends DefinitionsContract {

  private final Emulated emulated = new Emulated();

  @Override
  protected Definitions createDefinitions() {
    return emulated.maimemo().definitions();
  }

  @Override
  protected List<Word> knownWords() {
    return Emulated.DICTIONARY;
  }

  @AfterEach
  void stopEmulator() {
    emulated.close();
  }
}
