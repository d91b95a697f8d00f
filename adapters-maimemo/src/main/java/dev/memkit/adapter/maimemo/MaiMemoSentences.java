package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.ExampleSentence;
import dev.memkit.domain.word.HighlightRange;
import dev.memkit.domain.word.SentenceDraft;
import dev.memkit.domain.word.SentenceId;
import dev.memkit.domain.word.SentenceTag;
import dev.memkit.domain.word.VocId;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Sentences;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /phrases}: the user's own example sentences. Highlights come as {@code [{start, end}]} or
 * as pairs {@code [[start, end]]} (the spec itself says so); both are read, bad ranges dropped.
 */
final class MaiMemoSentences implements Sentences {

  private final WordContent<ExampleSentence, SentenceDraft> content;

  MaiMemoSentences(Creations creations) {
    this.content =
        new WordContent<>(
            creations,
            new WordContent.Shape<>(
                "/phrases",
                "phrases",
                "phrase",
                "sentence",
                SentenceDraft::validate,
                MaiMemoSentences::fields,
                MaiMemoSentences::sentence,
                Comparator.comparing(ExampleSentence::created)));
  }

  @Override
  public Either<Failure, List<ExampleSentence>> list(VocId word) {
    return content.list(word);
  }

  @Override
  public Either<Failure, ExampleSentence> create(VocId word, SentenceDraft draft) {
    return content.create(word, draft);
  }

  @Override
  public Either<Failure, ExampleSentence> update(SentenceId id, SentenceDraft draft) {
    return content.update(id.value(), draft);
  }

  @Override
  public Either<Failure, Done> delete(SentenceId id) {
    return content.delete(id.value());
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
