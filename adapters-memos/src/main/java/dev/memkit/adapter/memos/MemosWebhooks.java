package dev.memkit.adapter.memos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.note.Webhook;
import dev.memkit.domain.note.WebhookDraft;
import dev.memkit.domain.note.WebhookId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Webhooks;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link Webhooks} under {@code users/{user}/webhooks}. */
final class MemosWebhooks implements Webhooks {

  private final MemosHttp http;
  private final String user;

  MemosWebhooks(MemosHttp http, String user) {
    this.http = http;
    this.user = user;
  }

  private String path() {
    return "/api/v1/" + user + "/webhooks";
  }

  @Override
  public Either<Failure, List<Webhook>> list() {
    return http.get(path(), Map.of(), "webhooks")
        .flatMap(
            json ->
                MemosJson.read(
                    json,
                    "webhook list",
                    answer -> {
                      List<Webhook> webhooks = new ArrayList<>();
                      for (JsonNode node : answer.path("webhooks")) {
                        webhooks.add(MemosJson.webhook(node));
                      }
                      return List.copyOf(webhooks);
                    }));
  }

  @Override
  public Either<Failure, Webhook> create(WebhookDraft draft) {
    // Memos lets the client choose no webhook id, so a create whose answer was lost is never sent
    // again: the listing before and after tells whether it landed.
    Either<Failure, List<Webhook>> before = list();
    if (before.isLeft()) {
      return Either.left(before.getLeft());
    }
    ObjectNode body = http.object();
    body.put("url", draft.url().toString());
    body.put("displayName", draft.name());
    Either<Failure, Webhook> sent =
        http.call("POST", path(), Map.of(), body, "webhook", Idempotency.NOT_IDEMPOTENT)
            .flatMap(json -> MemosJson.read(json, "webhook", MemosJson::webhook));
    if (sent.isLeft() && sent.getLeft() instanceof Failure.Unavailable) {
      Failure unknown = sent.getLeft();
      return list()
          .flatMap(
              after ->
                  after.stream()
                      .filter(w -> !before.get().contains(w))
                      .filter(w -> w.url().equals(draft.url()) && w.name().equals(draft.name()))
                      .findFirst()
                      .<Either<Failure, Webhook>>map(Either::right)
                      .orElse(Either.left(unknown)));
    }
    return sent;
  }

  @Override
  public Either<Failure, Done> delete(WebhookId id) {
    return MemosNotes.deleteResource(
        path() + "/" + MemosHttp.encodePath(id.value()), "webhook " + id, http);
  }
}
