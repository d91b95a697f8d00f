package dev.memkit.adapter.maimemo;

import dev.memkit.domain.word.Word;
import dev.memkit.port.Vocabulary;
import dev.memkit.testkit.word.VocabularyContract;
import dev.memkit.testkit.word.WordFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class MaiMemoVocabularyContractTest extends VocabularyContract {

  private static final List<Word> WORDS = WordFixtures.generatedWords(2_500);
  private final Emulated emulated = new Emulated();

  @Override
  protected Vocabulary createVocabulary() {
    emulated.emulator.withWords(WORDS);
    return emulated.maimemo().vocabulary();
  }

  @Override
  protected List<String> knownSpellings() {
    return WORDS.stream().map(w -> w.spelling().value()).toList();
  }

  @AfterEach
  void stopEmulator() {
    emulated.close();
  }
}
