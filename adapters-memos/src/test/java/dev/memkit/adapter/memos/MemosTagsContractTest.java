package dev.memkit.adapter.memos;

import dev.memkit.port.Notes;
import dev.memkit.port.Tags;
import dev.memkit.testkit.note.TagsContract;
import org.junit.jupiter.api.AfterEach;

class MemosTagsContractTest extends TagsContract {

  private EmulatedMemos backend;

  private EmulatedMemos backend() {
    if (backend == null) {
      backend = EmulatedMemos.start();
    }
    return backend;
  }

  @Override
  protected Tags tags() {
    return backend().memos().tags();
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
