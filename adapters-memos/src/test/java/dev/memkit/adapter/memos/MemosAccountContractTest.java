package dev.memkit.adapter.memos;

import dev.memkit.port.Account;
import dev.memkit.testkit.note.AccountContract;
import org.junit.jupiter.api.AfterEach;

class MemosAccountContractTest extends AccountContract {

  private EmulatedMemos backend;

  private EmulatedMemos backend() {
    if (backend == null) {
      backend = EmulatedMemos.start();
    }
    return backend;
  }

  @Override
  protected Account account() {
    return backend().memos().account();
  }

  @AfterEach
  void stop() {
    backend.close();
  }
}
