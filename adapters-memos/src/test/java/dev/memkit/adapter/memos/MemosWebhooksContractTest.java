package dev.memkit.adapter.memos;

import dev.memkit.port.Webhooks;
import dev.memkit.testkit.note.WebhooksContract;
import org.junit.jupiter.api.AfterEach;

class MemosWebhooksContractTest extends WebhooksContract {

  private EmulatedMemos backend;

  private EmulatedMemos backend() {
    if (backend == null) {
      backend = EmulatedMemos.start();
    }
    return backend;
  }

  @Override
  protected Webhooks webhooks() {
    return backend().memos().webhooks();
  }

  @AfterEach
  void stop() {
    backend.close();
  }
}
