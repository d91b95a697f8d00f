package dev.memkit.domain.note;

import java.net.URI;
import java.util.Objects;

/**
 * A URL the backend calls when notes are created, updated or deleted (Memos posts every such event
 * of the user's notes to every webhook; there is no per-event choice).
 */
public record Webhook(WebhookId id, String name, URI url) {

  public Webhook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
  }
}
