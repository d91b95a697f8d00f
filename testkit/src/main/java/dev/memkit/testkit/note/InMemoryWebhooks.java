package dev.memkit.testkit.note;

import dev.memkit.domain.note.Webhook;
import dev.memkit.domain.note.WebhookDraft;
import dev.memkit.domain.note.WebhookId;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Webhooks;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * {@link Webhooks} in memory, listed in the order they were created. The fake only records
 * webhooks; it never calls them.
 */
public final class InMemoryWebhooks implements Webhooks, FaultInjectable {

  private final NoteStore store;
  private final Faults faults;

  InMemoryWebhooks(NoteStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, List<Webhook>> list() {
    return faults.run(
        () -> {
          synchronized (store) {
            return Either.right(List.copyOf(store.webhooks.values()));
          }
        });
  }

  @Override
  public Either<Failure, Webhook> create(WebhookDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return faults.run(
        () -> {
          synchronized (store) {
            Webhook webhook =
                new Webhook(new WebhookId(store.newId("webhook")), draft.name(), draft.url());
            store.webhooks.put(webhook.id(), webhook);
            return Either.right(webhook);
          }
        });
  }

  @Override
  public Either<Failure, Done> delete(WebhookId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(
        () -> {
          synchronized (store) {
            return store.webhooks.remove(id) == null
                ? Either.left(NoteStore.notFound("webhook " + id))
                : Either.right(Done.DONE);
          }
        });
  }
}
