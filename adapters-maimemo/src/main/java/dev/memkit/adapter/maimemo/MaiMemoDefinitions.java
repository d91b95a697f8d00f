package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.CustomDefinition;
import dev.memkit.domain.word.DefinitionDraft;
import dev.memkit.domain.word.DefinitionId;
import dev.memkit.domain.word.DefinitionTag;
import dev.memkit.domain.word.PublicationStatus;
import dev.memkit.domain.word.VocId;
import dev.memkit.port.Definitions;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@code /interpretations}: the user's own definitions of a word. */
final class MaiMemoDefinitions implements Definitions {

  private final WordContent<CustomDefinition, DefinitionDraft> content;

  MaiMemoDefinitions(Creations creations) {
    this.content =
        new WordContent<>(
            creations,
            new WordContent.Shape<>(
                "/interpretations",
                "interpretations",
                "interpretation",
                "definition",
                DefinitionDraft::validate,
                MaiMemoDefinitions::fields,
                MaiMemoDefinitions::definition,
                Comparator.comparing(CustomDefinition::created)));
  }

  @Override
  public Either<Failure, List<CustomDefinition>> list(VocId word) {
    return content.list(word);
  }

  @Override
  public Either<Failure, CustomDefinition> create(VocId word, DefinitionDraft draft) {
    return content.create(word, draft);
  }

  @Override
  public Either<Failure, CustomDefinition> update(DefinitionId id, DefinitionDraft draft) {
    return content.update(id.value(), draft);
  }

  @Override
  public Either<Failure, Done> delete(DefinitionId id) {
    return content.delete(id.value());
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
