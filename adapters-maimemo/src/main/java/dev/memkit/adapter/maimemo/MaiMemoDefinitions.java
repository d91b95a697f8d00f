package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.CustomDefinition;
import dev.memkit.domain.word.DefinitionDraft;
import dev.memkit.domain.word.DefinitionId;
import dev.memkit.domain.word.DefinitionTag;
import dev.memkit.domain.word.PublicationStatus;
import dev.memkit.domain.word.VocId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Definitions;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code /interpretations}: the user's own definitions of a word. */
final class MaiMemoDefinitions implements Definitions {

  private final Creations creations;

  MaiMemoDefinitions(Creations creations) {
    this.creations = creations;
  }

  @Override
  public Either<Failure, List<CustomDefinition>> list(VocId word) {
    return creations
        .api()
        .get("/interpretations", Map.of("voc_id", word.value()), "word " + word)
        .flatMap(
            data -> {
              List<CustomDefinition> out = new ArrayList<>();
              for (JsonNode item : data.path("interpretations")) {
                if (!"DELETED".equals(Wire.text(item, "status"))) {
                  creations.remember(Wire.text(item, "id"), word);
                  out.add(definition(item, word));
                }
              }
              out.sort(Comparator.comparing(CustomDefinition::created));
              return Either.right(List.copyOf(out));
            });
  }

  @Override
  public Either<Failure, CustomDefinition> create(VocId word, DefinitionDraft draft) {
    return draft
        .validate()
        .toEither()
        .<Failure>mapLeft(v -> new Failure.Invalid(Api.local(), v))
        .flatMap(
            valid -> {
              ObjectNode item = fields(valid);
              item.put("voc_id", word.value());
              ObjectNode body = Api.object();
              body.set("interpretation", item);
              return creations.create("/interpretations", body, "word " + word);
            })
        .map(
            data -> {
              JsonNode item = data.path("interpretation");
              creations.remember(Wire.text(item, "id"), word);
              return definition(item, word);
            });
  }

  @Override
  public Either<Failure, CustomDefinition> update(DefinitionId id, DefinitionDraft draft) {
    return draft
        .validate()
        .toEither()
        .<Failure>mapLeft(v -> new Failure.Invalid(Api.local(), v))
        .flatMap(
            valid -> {
              ObjectNode body = Api.object();
              body.put("id", id.value());
              body.set("interpretation", fields(valid));
              return creations
                  .api()
                  .post(
                      "/interpretations/" + Api.encode(id.value()),
                      body,
                      Idempotency.IDEMPOTENT,
                      "definition " + id);
            })
        .flatMap(
            data -> {
              JsonNode item = data.path("interpretation");
              return creations
                  .wordOf(id.value(), item)
                  .toEither(() -> Creations.unknownWord("definition " + id))
                  .map(word -> definition(item, word));
            });
  }

  @Override
  public Either<Failure, Done> delete(DefinitionId id) {
    return creations
        .api()
        .delete("/interpretations/" + Api.encode(id.value()), "definition " + id)
        .map(
            ignored -> {
              creations.forget(id.value());
              return Done.DONE;
            });
  }

  private static ObjectNode fields(DefinitionDraft draft) {
    ObjectNode item = Api.object();
    item.put("interpretation", draft.text());
    item.set("tags", Wire.array(draft.tags().stream().map(DefinitionTag::label).toList()));
    item.put("status", draft.status().name());
    return item;
  }

  private static CustomDefinition definition(JsonNode item, VocId word) {
    Instant created = Wire.instant(item.get("created_time")).getOrElse(Instant.EPOCH);
    return new CustomDefinition(
        new DefinitionId(Wire.text(item, "id")),
        word,
        Wire.text(item, "interpretation"),
        Wire.labels(item.get("tags"), DefinitionTag::fromLabel),
        "UNPUBLISHED".equals(Wire.text(item, "status"))
            ? PublicationStatus.UNPUBLISHED
            : PublicationStatus.PUBLISHED,
        created,
        Wire.instant(item.get("updated_time")).getOrElse(created));
  }
}
