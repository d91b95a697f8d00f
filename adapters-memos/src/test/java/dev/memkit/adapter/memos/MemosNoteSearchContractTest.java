package dev.memkit.adapter.memos;

import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.testkit.note.NoteSearchContract;
import org.junit.jupiter.api.AfterEach;

class MemosNoteSearchContractTest extends NoteSearchContract {

  private EmulatedMemos backend;

  private EmulatedMemos backend() {
    if (backend == null) {
      backend = EmulatedMemos.start();
    }
    return backend;
  }

  @Override
  protected NoteSearch search() {
    return backend().memos().search();
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
