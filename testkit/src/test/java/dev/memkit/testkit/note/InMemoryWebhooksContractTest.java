package dev.memkit.testkit.note;

import dev.memkit.port.Webhooks;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;

class InMemoryWebhooksContractTest extends WebhooksContract {

  private final MutableClock clock = MutableClock.standard();

  @Override
  protected Webhooks webhooks() {
    return InMemoryNoteBackend.create(clock, new VirtualSleeper(clock)).webhooks();
  }
}
