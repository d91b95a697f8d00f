package dev.memkit.testkit.note;

import dev.memkit.port.Notes;
import dev.memkit.port.Tags;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryTagsContractTest extends TagsContract {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryNoteBackend backend =
      InMemoryNoteBackend.create(clock, new VirtualSleeper(clock));

  @Override
  protected Tags tags() {
    return backend.tags();
  }

  @Override
  protected Notes notes() {
    return backend.notes();
  }
}
