package dev.memkit.testkit.word;

import dev.memkit.port.WordLists;

class InMemoryWordListsContractTest extends WordListsContract {

  @Override
  protected WordLists createWordLists() {
    return WordTestBackends.withDictionary().wordLists();
  }
}
