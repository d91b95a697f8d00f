package dev.memkit.adapter.maimemo;

import dev.memkit.domain.word.Word;
import dev.memkit.port.Mnemonics;
import dev.memkit.testkit.word.MnemonicsContract;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class MaiMemoMnemonicsContractTest extends MnemonicsContract {

  private final Emulated emulated = new Emulated();

  @Override
  protected Mnemonics createMnemonics() {
    return emulated.maimemo().mnemonics();
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
