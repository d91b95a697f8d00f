package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Identifies a webhook within one backend. Opaque: Memos uses the last segment of the resource name
 * ({@code users/{user}/webhooks/{id}}), the local store its own keys; never parse it.
 */
public record WebhookId(String value) {

  public WebhookId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a webhook id is never blank");
    }
  }

  /** A webhook id typed by a person (on the command line, say). */
  public static Validation<Seq<Violation>, WebhookId> parse(String value) {
    return Check.text("id", value.strip(), 256).map(WebhookId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
