package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.memkit.domain.word.BeijingDay;
import dev.memkit.domain.word.StudyTag;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reading and writing the service's JSON values: times, Beijing study days, tags, texts. */
final class Wire {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter FILTER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private Wire() {}

  /** A study-date filter: the Beijing midnight of {@code day}, e.g. 2026-04-01T00:00:00+08:00. */
  static String beijingMidnight(LocalDate day) {
    return FILTER.format(day.atStartOfDay().atOffset(BEIJING));
  }

  /** A time stamp; ISO 8601 with {@code Z} or an offset. */
  static Option<Instant> instant(JsonNode node) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      return Option.none();
    }
    String text = node.asText();
    return Try.of(() -> Instant.parse(text))
        .orElse(() -> Try.of(() -> OffsetDateTime.parse(text).toInstant()))
        .toOption();
  }

  /**
   * A study date: the service writes the Beijing midnight in UTC ({@code 2026-09-19T16:00:00.000Z}
   * is Beijing 2026-09-20), so the date is taken in Beijing time, never from the first ten
   * characters.
   */
  static Option<LocalDate> beijingDay(JsonNode node) {
    return instant(node).map(BeijingDay::of);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  /**
   * Record tags as a string ({@code "STICKING"}, {@code ""}, comma-separated), an array or null.
   */
  static Set<StudyTag> studyTags(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> names.add(n.asText()));
    } else if (node != null && node.isTextual()) {
      names.addAll(List.of(node.asText().split("[,\\s]+")));
    }
    EnumSet<StudyTag> tags = EnumSet.noneOf(StudyTag.class);
    for (String name : names) {
      for (StudyTag tag : StudyTag.values()) {
        if (tag.name().equalsIgnoreCase(name.strip())) {
          tags.add(tag);
        }
      }
    }
    return Set.copyOf(tags);
  }

  /** The labels of a tag array that {@code fromLabel} knows; unknown ones are dropped. */
  static <T> List<T> labels(JsonNode node, Function<String, Option<T>> fromLabel) {
    List<T> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode label : node) {
        fromLabel.apply(label.asText()).forEach(out::add);
      }
    }
    return List.copyOf(out);
  }

  static ArrayNode array(Collection<String> values) {
    ArrayNode array = Api.JSON.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /** {@code items} cut into consecutive chunks of at most {@code size}. */
  static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      out.add(items.subList(i, Math.min(items.size(), i + size)));
    }
    return out;
  }
}
