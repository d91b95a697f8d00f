package dev.memkit.domain.word;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A mnemonic (MaiMemo's note, 助记) the user wrote for a word. The timestamps are optional because
 * one of MaiMemo's own clients treats them as optional; the fake always sets them.
 */
public record Mnemonic(
    MnemonicId id,
    VocId vocId,
    MnemonicType type,
    String text,
    Option<Instant> created,
    Option<Instant> updated) {

  public Mnemonic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vocId, "vocId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
  }

  /** The draft that would write this mnemonic again, e.g. to edit one field. */
  public MnemonicDraft draft() {
    return new MnemonicDraft(type, text);
  }
}
