package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Identifies one of the user's mnemonics (MaiMemo's note id). Opaque: memkit never looks inside it,
 * beyond requiring that it is not blank.
 */
public record MnemonicId(String value) {

  public MnemonicId {
    Ids.require(value, "mnemonicId");
  }

  /** The id typed by a user, checked. */
  public static Validation<Seq<Violation>, MnemonicId> of(String value) {
    return Ids.check("mnemonicId", value).map(MnemonicId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
