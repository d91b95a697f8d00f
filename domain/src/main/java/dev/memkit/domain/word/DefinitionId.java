package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Identifies one of the user's custom definitions (MaiMemo's interpretation id). Opaque: memkit
 * never looks inside it, beyond requiring that it is not blank.
 */
public record DefinitionId(String value) {

  public DefinitionId {
    Ids.require(value, "definitionId");
  }

  /** The id typed by a user, checked. */
  public static Validation<Seq<Violation>, DefinitionId> of(String value) {
    return Ids.check("definitionId", value).map(DefinitionId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
