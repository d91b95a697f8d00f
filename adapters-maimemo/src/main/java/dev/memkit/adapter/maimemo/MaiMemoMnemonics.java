package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.Mnemonic;
import dev.memkit.domain.word.MnemonicDraft;
import dev.memkit.domain.word.MnemonicId;
import dev.memkit.domain.word.MnemonicType;
import dev.memkit.domain.word.VocId;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Mnemonics;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@code /notes}: the user's own mnemonics; the type is sent as its Chinese label. */
final class MaiMemoMnemonics implements Mnemonics {

  private final WordContent<Mnemonic, MnemonicDraft> content;

  MaiMemoMnemonics(Creations creations) {
    this.content =
        new WordContent<>(
            creations,
            new WordContent.Shape<>(
                "/notes",
                "notes",
                "note",
                "mnemonic",
                MnemonicDraft::validate,
                MaiMemoMnemonics::fields,
                MaiMemoMnemonics::mnemonic,
                Comparator.comparing((Mnemonic m) -> m.created().getOrElse(Instant.MAX))));
  }

  @Override
  public Either<Failure, List<Mnemonic>> list(VocId word) {
    return content.list(word);
  }

  @Override
  public Either<Failure, Mnemonic> create(VocId word, MnemonicDraft draft) {
    return content.create(word, draft);
  }

  @Override
  public Either<Failure, Mnemonic> update(MnemonicId id, MnemonicDraft draft) {
    return content.update(id.value(), draft);
  }

  @Override
  public Either<Failure, Done> delete(MnemonicId id) {
    return content.delete(id.value());
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
