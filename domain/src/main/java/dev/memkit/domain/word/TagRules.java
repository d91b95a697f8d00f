package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rules MaiMemo applies to a list of tags: a fixed vocabulary, a maximum count, no repeats.
 * Violations name the field ({@code tags}) and each offending element ({@code tags[1]}).
 */
final class TagRules {

  /** Definitions and example sentences take at most three tags. */
  static final int MAX_TAGS = 3;

  /** No maximum is known (word lists). */
  static final int UNLIMITED = Integer.MAX_VALUE;

  private TagRules() {}

  /** Tags typed by a user as labels; {@code kind} names the list in messages. */
  static <T> Validation<Seq<Violation>, List<T>> fromLabels(
      String field, List<String> labels, Function<String, Option<T>> lookup, String kind, int max) {
    Problems problems = new Problems();
    List<T> tags = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      Option<T> tag = lookup.apply(label);
      if (tag.isEmpty()) {
        problems.add(field + "[" + i + "]", "'" + label + "' is not one of MaiMemo's " + kind);
      } else {
        tags.add(tag.get());
      }
    }
    // Repeats and the count are judged on the labels, so an unknown label still counts.
    checkCountAndRepeats(problems, field, labels, max);
    return problems.orValid(() -> List.copyOf(tags));
  }

  /** Tags already of the right type: only the count and repeats can be wrong. */
  static <T> Validation<Seq<Violation>, List<T>> check(String field, List<T> tags, int max) {
    Problems problems = new Problems();
    checkCountAndRepeats(problems, field, tags, max);
    return problems.orValid(() -> List.copyOf(tags));
  }

  private static void checkCountAndRepeats(Problems problems, String field, List<?> tags, int max) {
    if (tags.size() > max) {
      problems.add(field, "at most " + max + " tags are allowed (was " + tags.size() + ")");
    }
    for (int i = 0; i < tags.size(); i++) {
      int first = tags.indexOf(tags.get(i));
      if (first < i) {
        problems.add(field + "[" + i + "]", "repeats " + field + "[" + first + "]");
      }
    }
  }
}
