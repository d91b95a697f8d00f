package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.Mnemonic;
import dev.memkit.domain.word.MnemonicDraft;
import dev.memkit.domain.word.MnemonicId;
import dev.memkit.domain.word.MnemonicType;
import dev.memkit.domain.word.VocId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Mnemonics;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code /notes}: the user's own mnemonics; the type is sent as its Chinese label. */
final class MaiMemoMnemonics implements Mnemonics {

  private final Creations creations;

  MaiMemoMnemonics(Creations creations) {
    this.creations = creations;
  }

  @Override
  public Either<Failure, List<Mnemonic>> list(VocId word) {
    return creations
        .api()
        .get("/notes", Map.of("voc_id", word.value()), "word " + word)
        .map(
            data -> {
              List<Mnemonic> out = new ArrayList<>();
              for (JsonNode item : data.path("notes")) {
                if (!"DELETED".equals(Wire.text(item, "status"))) {
                  creations.remember(Wire.text(item, "id"), word);
                  out.add(mnemonic(item, word));
                }
              }
              // Oldest first where dated; undated ones keep the service's order, last.
              out.sort(Comparator.comparing((Mnemonic m) -> m.created().getOrElse(Instant.MAX)));
              return List.copyOf(out);
            });
  }

  @Override
  public Either<Failure, Mnemonic> create(VocId word, MnemonicDraft draft) {
    return draft
        .validate()
        .toEither()
        .<Failure>mapLeft(v -> new Failure.Invalid(Api.local(), v))
        .flatMap(
            valid -> {
              ObjectNode item = fields(valid);
              item.put("voc_id", word.value());
              ObjectNode body = Api.object();
              body.set("note", item);
              return creations.create("/notes", body, "word " + word);
            })
        .map(
            data -> {
              JsonNode item = data.path("note");
              creations.remember(Wire.text(item, "id"), word);
              return mnemonic(item, word);
            });
  }

  @Override
  public Either<Failure, Mnemonic> update(MnemonicId id, MnemonicDraft draft) {
    return draft
        .validate()
        .toEither()
        .<Failure>mapLeft(v -> new Failure.Invalid(Api.local(), v))
        .flatMap(
            valid -> {
              ObjectNode body = Api.object();
              body.put("id", id.value());
              body.set("note", fields(valid));
              return creations
                  .api()
                  .post(
                      "/notes/" + Api.encode(id.value()),
                      body,
                      Idempotency.IDEMPOTENT,
                      "mnemonic " + id);
            })
        .flatMap(
            data -> {
              JsonNode item = data.path("note");
              return creations
                  .wordOf(id.value(), item)
                  .toEither(() -> Creations.unknownWord("mnemonic " + id))
                  .map(word -> mnemonic(item, word));
            });
  }

  @Override
  public Either<Failure, Done> delete(MnemonicId id) {
    return creations
        .api()
        .delete("/notes/" + Api.encode(id.value()), "mnemonic " + id)
        .map(
            ignored -> {
              creations.forget(id.value());
              return Done.DONE;
            });
  }

  private static ObjectNode fields(MnemonicDraft draft) {
    ObjectNode item = Api.object();
    item.put("note_type", draft.type().label());
    item.put("note", draft.text());
    return item;
  }

  private static Mnemonic mnemonic(JsonNode item, VocId word) {
    String label = Wire.text(item, "note_type").strip();
    // The spec's own example writes "谐音." with a full stop: tolerate it.
    MnemonicType type =
        MnemonicType.fromLabel(label)
            .orElse(() -> MnemonicType.fromLabel(label.replaceAll("[.。]$", "")))
            .getOrElse(MnemonicType.OTHER);
    return new Mnemonic(
        new MnemonicId(Wire.text(item, "id")),
        word,
        type,
        Wire.text(item, "note"),
        Wire.instant(item.get("created_time")),
        Wire.instant(item.get("updated_time")));
  }
}
