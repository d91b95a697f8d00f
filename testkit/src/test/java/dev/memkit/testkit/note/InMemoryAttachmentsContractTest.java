package dev.memkit.testkit.note;

import dev.memkit.port.Attachments;
import dev.memkit.port.Notes;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryAttachmentsContractTest extends AttachmentsContract {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryNoteBackend backend =
      InMemoryNoteBackend.create(clock, new VirtualSleeper(clock));

  @Override
  protected Attachments attachments() {
    return backend.attachments();
  }

  @Override
  protected Notes notes() {
    return backend.notes();
  }
}
