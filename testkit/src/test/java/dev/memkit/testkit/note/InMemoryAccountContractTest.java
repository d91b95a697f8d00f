package dev.memkit.testkit.note;

import dev.memkit.port.Account;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryAccountContractTest extends AccountContract {

  private final MutableClock clock = MutableClock.standard();

  @Override
  protected Account account() {
    return InMemoryNoteBackend.create(clock, new VirtualSleeper(clock)).account();
  }
}
