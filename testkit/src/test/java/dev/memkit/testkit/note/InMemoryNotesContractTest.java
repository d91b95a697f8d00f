package dev.memkit.testkit.note;

import dev.memkit.port.Notes;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryNotesContractTest extends NotesContract {

  private final MutableClock clock = MutableClock.standard();

  @Override
  protected Notes notes() {
    return InMemoryNoteBackend.create(clock, new VirtualSleeper(clock)).notes();
  }
}
