package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Identifies one of the user's example sentences (MaiMemo's phrase id). Opaque: memkit never looks
 * inside it, beyond requiring that it is not blank.
 */
public record SentenceId(String value) {

  public SentenceId {
    Ids.require(value, "sentenceId");
  }

  /** The id typed by a user, checked. */
  public static Validation<Seq<Violation>, SentenceId> of(String value) {
    return Ids.check("sentenceId", value).map(SentenceId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
