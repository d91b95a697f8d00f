package dev.memkit.adapter.maimemo;

import dev.memkit.domain.word.Word;
import dev.memkit.port.Sentences;
import dev.memkit.testkit.word.SentencesContract;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class MaiMemoSentencesContractTest extends SentencesContract {

  private final Emulated emulated = new Emulated();

  @Override
  protected Sentences createSentences() {
    return emulated.maimemo().sentences();
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
