package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * What a user writes to create or replace a custom definition: the text (e.g. {@code n. 苹果}), at
 * most three tags from {@link DefinitionTag} without repeats, and whether it is published.
 *
 * <p>Build it with {@link #of} or {@link #fromLabels}; the constructor does not check the rules, so
 * a port re-checks every draft with {@link #validate()} before writing.
 */
public record DefinitionDraft(String text, List<DefinitionTag> tags, PublicationStatus status) {

  public DefinitionDraft {
    Objects.requireNonNull(text, "text");
    tags = List.copyOf(tags);
    Objects.requireNonNull(status, "status");
  }

  public static Validation<Seq<Violation>, DefinitionDraft> of(
      String text, List<DefinitionTag> tags, PublicationStatus status) {
    return new DefinitionDraft(text, tags, status).validate();
  }

  /** A draft whose tags are given by their labels ({@code 四级}, {@code GRE}). */
  public static Validation<Seq<Violation>, DefinitionDraft> fromLabels(
      String text, List<String> tagLabels, PublicationStatus status) {
    var tags =
        TagRules.fromLabels(
            "tags", tagLabels, DefinitionTag::fromLabel, "definition tags", TagRules.MAX_TAGS);
    return new Problems()
        .notBlank("text", text)
        .check(tags)
        .orValid(() -> new DefinitionDraft(text, tags.get(), status));
  }

  /** This draft if it keeps every rule, else all the violations. */
  public Validation<Seq<Violation>, DefinitionDraft> validate() {
    return new Problems()
        .notBlank("text", text)
        .check(TagRules.check("tags", tags, TagRules.MAX_TAGS))
        .orValid(() -> this);
  }
}
