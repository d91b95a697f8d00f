package dev.memkit.adapter.memos;

import dev.memkit.port.Notes;
import dev.memkit.testkit.note.NotesContract;
import org.junit.jupiter.api.AfterEach;

class MemosNotesContractTest extends NotesContract {

  private EmulatedMemos backend;

  private EmulatedMemos backend() {
    if (backend == null) {
      backend = EmulatedMemos.start();
    }
    return backend;
  }

  @Override
  protected Notes notes() {
    return backend().memos().notes();
  }

  @AfterEach
  void stop() {
    backend.close();
  }
}
