package dev.memkit.port;

import dev.memkit.domain.note.Webhook;
import dev.memkit.domain.note.WebhookDraft;
import dev.memkit.domain.note.WebhookId;
import io.vavr.control.Either;
import java.util.List;

/**
 * The webhooks of the signed-in account: URLs the backend calls when its notes are created, updated
 * or deleted (Memos: {@code users/{user}/webhooks}; every event goes to every webhook).
 *
 * <p>Contract: {@link #list} gives every webhook, in the backend's order, not paged (an account has
 * few). {@link #create} registers one and returns it with a new id; every call registers another,
 * even for a URL already registered. {@link #delete} removes one; {@link Failure.NotFound} for an
 * unknown or already deleted webhook.
 */
public interface Webhooks {

  Either<Failure, List<Webhook>> list();

  Either<Failure, Webhook> create(WebhookDraft draft);

  Either<Failure, Done> delete(WebhookId id);
}
