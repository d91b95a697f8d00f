package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * What a user writes to create a cloud word list: a non-blank title, a brief description (may be
 * empty), tags from {@link WordListTag} without repeats (no maximum is known), whether it is
 * published, and the content.
 *
 * <p>Build it with {@link #of} or {@link #fromLabels}; the constructor does not check the rules, so
 * a port re-checks every draft with {@link #validate()} before writing.
 */
public record WordListDraft(
    String title,
    String brief,
    List<WordListTag> tags,
    PublicationStatus status,
    WordListContent content) {

  public WordListDraft {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(brief, "brief");
    tags = List.copyOf(tags);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(content, "content");
  }

  public static Validation<Seq<Violation>, WordListDraft> of(
      String title,
      String brief,
      List<WordListTag> tags,
      PublicationStatus status,
      WordListContent content) {
    return new WordListDraft(title, brief, tags, status, content).validate();
  }

  /** A draft whose tags are given by their labels ({@code 考研}, {@code GRE}). */
  public static Validation<Seq<Violation>, WordListDraft> fromLabels(
      String title,
      String brief,
      List<String> tagLabels,
      PublicationStatus status,
      WordListContent content) {
    var tags =
        TagRules.fromLabels(
            "tags", tagLabels, WordListTag::fromLabel, "word list tags", TagRules.UNLIMITED);
    return new Problems()
        .notBlank("title", title)
        .check(tags)
        .orValid(() -> new WordListDraft(title, brief, tags.get(), status, content));
  }

  /** This draft if it keeps every rule, else all the violations. */
  public Validation<Seq<Violation>, WordListDraft> validate() {
    return new Problems()
        .notBlank("title", title)
        .check(TagRules.check("tags", tags, TagRules.UNLIMITED))
        .orValid(() -> this);
  }
}
