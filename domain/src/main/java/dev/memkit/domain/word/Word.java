package dev.memkit.domain.word;

import java.util.Objects;

/**
 * A word (or phrase) of the dictionary: its id and its spelling as the service writes it. MaiMemo's
 * vocabulary knows nothing more (no meanings, no phonetics).
 */
public record Word(VocId id, Spelling spelling) {

  public Word {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(spelling, "spelling");
  }
}
