package dev.memkit.adapter.memos;

import dev.memkit.port.Attachments;
import dev.memkit.port.Notes;
import dev.memkit.testkit.note.AttachmentsContract;
import org.junit.jupiter.api.AfterEach;

class MemosAttachmentsContractTest extends AttachmentsContract {

  private EmulatedMemos backend;

  private EmulatedMemos backend() {
    if (backend == null) {
      backend = EmulatedMemos.start();
    }
    return backend;
  }

  @Override
  protected Attachments attachments() {
    return backend().memos().attachments();
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
