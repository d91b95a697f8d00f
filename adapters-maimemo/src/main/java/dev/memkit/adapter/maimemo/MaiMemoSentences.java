package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.ExampleSentence;
import dev.memkit.domain.word.HighlightRange;
import dev.memkit.domain.word.SentenceDraft;
import dev.memkit.domain.word.SentenceId;
import dev.memkit.domain.word.SentenceTag;
import dev.memkit.domain.word.VocId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Sentences;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /phrases}: the user's own example sentences. Highlights come as {@code [{start, end}]} or
 * as pairs {@code [[start, end]]} (the spec itself says so); both are read, bad ranges dropped.
 */
final class MaiMemoSentences implements Sentences {

  private final Creations creations;

  MaiMemoSentences(Creations creations) {
    this.creations = creations;
  }

  @Override
  public Either<Failure, List<ExampleSentence>> list(VocId word) {
    return creations
        .api()
        .get("/phrases", Map.of("voc_id", word.value()), "word " + word)
        .map(
            data -> {
              List<ExampleSentence> out = new ArrayList<>();
              for (JsonNode item : data.path("phrases")) {
                if (!"DELETED".equals(Wire.text(item, "status"))) {
                  creations.remember(Wire.text(item, "id"), word);
                  out.add(sentence(item, word));
                }
              }
              out.sort(Comparator.comparing(ExampleSentence::created));
              return List.copyOf(out);
            });
  }

  @Override
  public Either<Failure, ExampleSentence> create(VocId word, SentenceDraft draft) {
    return draft
        .validate()
        .toEither()
        .<Failure>mapLeft(v -> new Failure.Invalid(Api.local(), v))
        .flatMap(
            valid -> {
              ObjectNode item = fields(valid);
              item.put("voc_id", word.value());
              ObjectNode body = Api.object();
              body.set("phrase", item);
              return creations.create("/phrases", body, "word " + word);
            })
        .map(
            data -> {
              JsonNode item = data.path("phrase");
              creations.remember(Wire.text(item, "id"), word);
              return sentence(item, word);
            });
  }

  @Override
  public Either<Failure, ExampleSentence> update(SentenceId id, SentenceDraft draft) {
    return draft
        .validate()
        .toEither()
        .<Failure>mapLeft(v -> new Failure.Invalid(Api.local(), v))
        .flatMap(
            valid -> {
              ObjectNode body = Api.object();
              body.put("id", id.value());
              body.set("phrase", fields(valid));
              return creations
                  .api()
                  .post(
                      "/phrases/" + Api.encode(id.value()),
                      body,
                      Idempotency.IDEMPOTENT,
                      "sentence " + id);
            })
        .flatMap(
            data -> {
              JsonNode item = data.path("phrase");
              return creations
                  .wordOf(id.value(), item)
                  .toEither(() -> Creations.unknownWord("sentence " + id))
                  .map(word -> sentence(item, word));
            });
  }

  @Override
  public Either<Failure, Done> delete(SentenceId id) {
    return creations
        .api()
        .delete("/phrases/" + Api.encode(id.value()), "sentence " + id)
        .map(
            ignored -> {
              creations.forget(id.value());
              return Done.DONE;
            });
  }

  private static ObjectNode fields(SentenceDraft draft) {
    ObjectNode item = Api.object();
    item.put("phrase", draft.sentence());
    item.put("interpretation", draft.translation());
    item.set("tags", Wire.array(draft.tags().stream().map(SentenceTag::label).toList()));
    item.put("origin", draft.origin());
    return item;
  }

  static List<HighlightRange> highlights(JsonNode node) {
    List<HighlightRange> out = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return out;
    }
    for (JsonNode range : node) {
      JsonNode start = range.isArray() ? range.path(0) : range.path("start");
      JsonNode end = range.isArray() ? range.path(1) : range.path("end");
      if (start.isInt() && end.isInt()) {
        HighlightRange.of(start.asInt(), end.asInt()).forEach(out::add);
      }
    }
    return out;
  }

  private static ExampleSentence sentence(JsonNode item, VocId word) {
    Instant created = Wire.instant(item.get("created_time")).getOrElse(Instant.EPOCH);
    String text = Wire.text(item, "phrase");
    return new ExampleSentence(
        new SentenceId(Wire.text(item, "id")),
        word,
        text,
        Wire.text(item, "interpretation"),
        Wire.labels(item.get("tags"), SentenceTag::fromLabel),
        Wire.text(item, "origin"),
        highlights(item.get("highlight")).stream().filter(h -> h.end() <= text.length()).toList(),
        created,
        Wire.instant(item.get("updated_time")).getOrElse(created));
  }
}
