package dev.memkit.domain.word;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An example sentence (MaiMemo's phrase, 例句) the user wrote for a word: the sentence, its
 * translation, tags, where it comes from ({@code origin}, possibly empty) and the ranges of the
 * sentence that show the word.
 */
public record ExampleSentence(
    SentenceId id,
    VocId vocId,
    String sentence,
    String translation,
    List<SentenceTag> tags,
    String origin,
    List<HighlightRange> highlights,
    Instant created,
    Instant updated) {

  public ExampleSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vocId, "vocId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(translation, "translation");
    tags = List.copyOf(tags);
    Objects.requireNonNull(origin, "origin");
    highlights = List.copyOf(highlights);
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
  }

  /** The draft that would write this sentence again, e.g. to edit one field. */
  public SentenceDraft draft() {
    return new SentenceDraft(sentence, translation, tags, origin);
  }
}
