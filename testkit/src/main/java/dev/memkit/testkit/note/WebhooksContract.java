package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.NoteFixtures.aWebhookDraft;
import static dev.memkit.testkit.note.Outcomes.failure;
import static dev.memkit.testkit.note.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Webhook;
import dev.memkit.domain.note.WebhookId;
import dev.memkit.port.Failure;
import dev.memkit.port.Webhooks;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Webhooks} must show. Subclass it in a test and implement {@link
 * #webhooks()}. URL validation is the domain's ({@link dev.memkit.domain.note.WebhookDraft#of}): a
 * port only ever receives valid drafts.
 */
public abstract class WebhooksContract {

  private Webhooks webhooks;

  /** A fresh {@link Webhooks} without any webhook; called once before each test. */
  protected abstract Webhooks webhooks();

  @BeforeEach
  void createPort() {
    webhooks = webhooks();
  }

  @Test
  void shouldListNothingWhenNoWebhookIsRegistered() {
    assertThat(success(webhooks.list())).isEmpty();
  }

  @Test
  void shouldKeepNameAndUrlWhenCreatingWebhook() {
    Webhook webhook =
        success(
            webhooks.create(
                aWebhookDraft().withName("ci").withUrl("https://ci.example.com/memos").build()));

    assertThat(webhook.name()).isEqualTo("ci");
    assertThat(webhook.url()).isEqualTo(URI.create("https://ci.example.com/memos"));
    assertThat(success(webhooks.list())).containsExactly(webhook);
  }

  @Test
  void shouldRegisterAnotherWebhookWhenUrlIsAlreadyRegistered() {
    Webhook first = success(webhooks.create(aWebhookDraft().build()));
    Webhook second = success(webhooks.create(aWebhookDraft().build()));

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(success(webhooks.list()))
        .extracting(Webhook::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
  }

  @Test
  void shouldRemoveWebhookWhenDeleting() {
    Webhook kept = success(webhooks.create(aWebhookDraft().withName("kept").build()));
    Webhook gone =
        success(
            webhooks.create(
                aWebhookDraft().withName("gone").withUrl("http://localhost:9/x").build()));

    success(webhooks.delete(gone.id()));

    assertThat(success(webhooks.list())).containsExactly(kept);
  }

  @Test
  void shouldFailNotFoundWhenDeletingUnknownOrDeletedWebhook() {
    Webhook webhook = success(webhooks.create(aWebhookDraft().build()));
    success(webhooks.delete(webhook.id()));

    assertThat(failure(webhooks.delete(webhook.id()))).isInstanceOf(Failure.NotFound.class);
    assertThat(failure(webhooks.delete(new WebhookId("no-such-webhook"))))
        .isInstanceOf(Failure.NotFound.class);
  }
}
