package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Identifies a word in MaiMemo's dictionary (the service's {@code voc_id}, e.g. {@code
 * voc-IfjI...}). Opaque: memkit never looks inside it, beyond requiring that it is not blank.
 */
public record VocId(String value) {

  public VocId {
    Ids.require(value, "vocId");
  }

  /** The id typed by a user, checked. */
  public static Validation<Seq<Violation>, VocId> of(String value) {
    return Ids.check("vocId", value).map(VocId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
