package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Identifies a cloud word list (MaiMemo's notepad id, {@code np-} and 64 more characters; not the
 * numeric id the web app shows). Opaque: memkit never looks inside it, beyond requiring that it is
 * not blank.
 */
public record WordListId(String value) {

  public WordListId {
    Ids.require(value, "wordListId");
  }

  /** The id typed by a user, checked. */
  public static Validation<Seq<Violation>, WordListId> of(String value) {
    return Ids.check("wordListId", value).map(WordListId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
