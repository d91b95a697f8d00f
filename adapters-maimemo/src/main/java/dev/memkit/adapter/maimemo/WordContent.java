package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.validation.Violation;
import dev.memkit.domain.word.VocId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a user's own content for a word — definitions ({@code /interpretations}), mnemonics ({@code
 * /notes}), example sentences ({@code /phrases}) — shares on the wire: listed by {@code voc_id}
 * (deleted ones left out), created through the daily creation cap, updated by POST to {@code
 * /path/{id}} with the wrapped body and the top-level id, deleted with an answer that may be the
 * envelope alone. Each kind supplies its {@link Shape}.
 *
 * @param <T> the domain value
 * @param <D> its draft
 */
final class WordContent<T, D> {

  /** How one kind of content looks on the wire. */
  record Shape<T, D>(
      String path,
      String listKey,
      String itemKey,
      String noun,
      Function<D, Validation<Seq<Violation>, D>> validate,
      Function<D, ObjectNode> fields,
      BiFunction<JsonNode, VocId, T> read,
      Comparator<T> order) {}

  private final Creations creations;
  private final Shape<T, D> shape;

  WordContent(Creations creations, Shape<T, D> shape) {
    this.creations = creations;
    this.shape = shape;
  }

  Either<Failure, List<T>> list(VocId word) {
    return creations
        .api()
        .get(shape.path(), Map.of("voc_id", word.value()), "word " + word)
        .map(
            data -> {
              List<T> out = new ArrayList<>();
              for (JsonNode item : data.path(shape.listKey())) {
                if (!"DELETED".equals(Wire.text(item, "status"))) {
                  creations.remember(Wire.text(item, "id"), word);
                  out.add(shape.read().apply(item, word));
                }
              }
              out.sort(shape.order());
              return List.copyOf(out);
            });
  }

  Either<Failure, T> create(VocId word, D draft) {
    return valid(draft)
        .flatMap(
            valid -> {
              ObjectNode item = shape.fields().apply(valid);
              item.put("voc_id", word.value());
              ObjectNode body = Api.object();
              body.set(shape.itemKey(), item);
              return creations.create(shape.path(), body, "word " + word);
            })
        .map(
            data -> {
              JsonNode item = data.path(shape.itemKey());
              creations.remember(Wire.text(item, "id"), word);
              return shape.read().apply(item, word);
            });
  }

  Either<Failure, T> update(String id, D draft) {
    String what = shape.noun() + " " + id;
    return valid(draft)
        .flatMap(
            valid -> {
              ObjectNode body = Api.object();
              body.put("id", id);
              body.set(shape.itemKey(), shape.fields().apply(valid));
              return creations
                  .api()
                  .post(shape.path() + "/" + Api.encode(id), body, Idempotency.IDEMPOTENT, what);
            })
        .flatMap(
            data -> {
              JsonNode item = data.path(shape.itemKey());
              // Update answers do not name their word: it is known from an earlier list or create.
              return creations
                  .wordOf(id, item)
                  .toEither(() -> Creations.unknownWord(what))
                  .map(word -> shape.read().apply(item, word));
            });
  }

  Either<Failure, Done> delete(String id) {
    return creations
        .api()
        .delete(shape.path() + "/" + Api.encode(id), shape.noun() + " " + id)
        .map(
            ignored -> {
              creations.forget(id);
              return Done.DONE;
            });
  }

  private Either<Failure, D> valid(D draft) {
    return shape
        .validate()
        .apply(draft)
        .toEither()
        .mapLeft(violations -> new Failure.Invalid(Api.local(), violations));
  }
}
