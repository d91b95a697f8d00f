package dev.memkit.testkit.note;

import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryNoteSearchContractTest extends NoteSearchContract {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryNoteBackend backend =
      InMemoryNoteBackend.create(clock, new VirtualSleeper(clock));

  @Override
  protected NoteSearch search() {
    return backend.search();
  }

  @Override
  protected Notes notes() {
    return backend.notes();
  }
}
