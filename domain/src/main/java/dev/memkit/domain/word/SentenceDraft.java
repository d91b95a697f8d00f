package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * What a user writes to create or replace an example sentence: the sentence and its translation
 * (both non-blank), at most three tags from {@link SentenceTag} without repeats, and where it comes
 * from ({@code origin}, may be empty). The highlight of the word is computed by the service.
 *
 * <p>Build it with {@link #of} or {@link #fromLabels}; the constructor does not check the rules, so
 * a port re-checks every draft with {@link #validate()} before writing.
 */
public record SentenceDraft(
    String sentence, String translation, List<SentenceTag> tags, String origin) {

  public SentenceDraft {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(translation, "translation");
    tags = List.copyOf(tags);
    Objects.requireNonNull(origin, "origin");
  }

  public static Validation<Seq<Violation>, SentenceDraft> of(
      String sentence, String translation, List<SentenceTag> tags, String origin) {
    return new SentenceDraft(sentence, translation, tags, origin).validate();
  }

  /** A draft whose tags are given by their labels ({@code 词典}, {@code 四级}). */
  public static Validation<Seq<Violation>, SentenceDraft> fromLabels(
      String sentence, String translation, List<String> tagLabels, String origin) {
    var tags =
        TagRules.fromLabels(
            "tags", tagLabels, SentenceTag::fromLabel, "sentence tags", TagRules.MAX_TAGS);
    return new Problems()
        .notBlank("sentence", sentence)
        .notBlank("translation", translation)
        .check(tags)
        .orValid(() -> new SentenceDraft(sentence, translation, tags.get(), origin));
  }

  /** This draft if it keeps every rule, else all the violations. */
  public Validation<Seq<Violation>, SentenceDraft> validate() {
    return new Problems()
        .notBlank("sentence", sentence)
        .notBlank("translation", translation)
        .check(TagRules.check("tags", tags, TagRules.MAX_TAGS))
        .orValid(() -> this);
  }
}
