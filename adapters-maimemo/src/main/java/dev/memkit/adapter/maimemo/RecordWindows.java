package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.StudyResponse;
import dev.memkit.domain.word.VocId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Reads study records over the sliding {@code next_study_date} window: {@code query_study_records}
 * has no offset, only a {@code limit} of at most 1000 in next-study-date order, so each next window
 * starts at the last record's date (that day's records come back again and are deduplicated by voc
 * id). A full window whose records all fall on its first day cannot advance: that day holds 1000
 * records or more and the service cannot page further, so the day is reported incomplete and the
 * window moves on to the next day. Nothing else is lost.
 */
final class RecordWindows {

  static final int LIMIT = 1000;

  /** What a sweep reached, and which days it could not read whole. */
  record Sweep(
      List<StudyRecord> records,
      List<LocalDate> incompleteDays,
      boolean undatedUnreachable,
      Option<LocalDate> lastStart,
      int requests) {}

  private final Api api;

  RecordWindows(Api api) {
    this.api = api;
  }

  /**
   * Every record due from {@code from} to {@code to} (both optional, inclusive), stopping early
   * once {@code enough} records are in hand.
   */
  Either<Failure, Sweep> sweep(Option<LocalDate> from, Option<LocalDate> to, int enough) {
    return sweep(from, to, enough, count -> {});
  }

  /** As above, telling {@code progress} how many records are in hand after each window. */
  Either<Failure, Sweep> sweep(
      Option<LocalDate> from, Option<LocalDate> to, int enough, IntConsumer progress) {
    Map<String, StudyRecord> seen = new LinkedHashMap<>();
    List<LocalDate> incomplete = new ArrayList<>();
    Option<LocalDate> start = from;
    Option<LocalDate> lastStart = from;
    boolean undated = false;
    int requests = 0;
    while (seen.size() < enough) {
      ObjectNode body = Api.object();
      if (start.isDefined() || to.isDefined()) {
        ObjectNode window = body.putObject("next_study_date");
        start.forEach(day -> window.put("start", Wire.beijingMidnight(day)));
        to.forEach(day -> window.put("end", Wire.beijingMidnight(day)));
      }
      body.put("limit", LIMIT);
      lastStart = start;
      Either<Failure, List<StudyRecord>> page = query(body);
      requests++;
      if (page.isLeft()) {
        return Either.left(page.getLeft());
      }
      List<StudyRecord> records = page.get();
      records.forEach(r -> seen.putIfAbsent(r.vocId().value(), r));
      progress.accept(seen.size());
      if (records.size() < LIMIT) {
        break;
      }
      Option<LocalDate> boundary = records.get(records.size() - 1).nextStudyDate();
      if (boundary.isEmpty()) {
        // A full page that ends among records without a next date: the rest are out of reach.
        undated = true;
        break;
      }
      if (start.isDefined() && boundary.get().equals(start.get())) {
        incomplete.add(boundary.get());
        LocalDate next = boundary.get().plusDays(1);
        if (to.exists(end -> next.isAfter(end))) {
          break;
        }
        start = Option.some(next);
      } else {
        start = boundary;
      }
    }
    return Either.right(
        new Sweep(
            List.copyOf(seen.values()), List.copyOf(incomplete), undated, lastStart, requests));
  }

  /** One {@code query_study_records} call. */
  Either<Failure, List<StudyRecord>> query(JsonNode body) {
    return api.post("/study/query_study_records", body, Idempotency.IDEMPOTENT, "study records")
        .map(
            data -> {
              List<StudyRecord> out = new ArrayList<>();
              for (JsonNode item : data.path("records")) {
                record(item).forEach(out::add);
              }
              return List.copyOf(out);
            });
  }

  /** The count of records matching {@code body} ({@code as_count}). */
  Either<Failure, Long> count(ObjectNode body) {
    body.put("as_count", true);
    return api.post("/study/query_study_records", body, Idempotency.IDEMPOTENT, "study records")
        .map(data -> data.path("count").asLong(0));
  }

  static Option<StudyRecord> record(JsonNode item) {
    String id = Wire.text(item, "voc_id");
    String spelling = Wire.text(item, "voc_spelling");
    if (spelling.isBlank()) {
      spelling = Wire.text(item, "spelling");
    }
    Option<LocalDate> added = Wire.beijingDay(item.get("add_date"));
    if (id.isBlank() || spelling.isBlank()) {
      return Option.none();
    }
    Option<LocalDate> first = Wire.beijingDay(item.get("first_study_date"));
    return Option.some(
        new StudyRecord(
            new VocId(id),
            new Spelling(spelling),
            added.orElse(first).getOrElse(LocalDate.EPOCH),
            first,
            Wire.beijingDay(item.get("last_study_date")),
            Wire.beijingDay(item.get("next_study_date")),
            response(item.get("last_response")),
            Math.max(0, item.path("study_count").asInt(0)),
            Wire.studyTags(item.get("tags"))));
  }

  static Option<StudyResponse> response(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return Option.none();
    }
    for (StudyResponse value : StudyResponse.values()) {
      if (value.name().equals(node.asText())) {
        return Option.some(value);
      }
    }
    return Option.none();
  }
}
