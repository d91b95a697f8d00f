package dev.memkit.adapter.maimemo;

import dev.memkit.port.WordLists;
import dev.memkit.testkit.word.WordListsContract;
import org.junit.jupiter.api.AfterEach;

class MaiMemoWordListsContractTest extends WordListsContract {

  private final Emulated emulated = new Emulated();

  @Override
  protected WordLists createWordLists() {
    return emulated.maimemo().wordLists();
  }

  @AfterEach
  void stopEmulator() {
    emulated.close();
  }
}
