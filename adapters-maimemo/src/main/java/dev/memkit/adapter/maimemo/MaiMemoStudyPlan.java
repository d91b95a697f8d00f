package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.StudyProgress;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Failure;
import dev.memkit.port.RecordQuery;
import dev.memkit.port.StudyPlan;
import dev.memkit.port.TodayQuery;
import dev.memkit.port.WordSelection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The five {@code /study/...} calls. Selections by id or spelling go in chunks of 1000 (the service
 * then ignores its other filters, so they are applied here); the whole of today merges the finished
 * and the unfinished query; records slide their date window ({@link RecordWindows}).
 */
final class MaiMemoStudyPlan implements StudyPlan {

  private static final Comparator<StudyRecord> BY_NEXT_DATE =
      Comparator.comparing(
          (StudyRecord r) -> r.nextStudyDate().getOrNull(),
          Comparator.nullsLast(Comparator.naturalOrder()));

  private final Api api;
  private final RecordWindows windows;

  MaiMemoStudyPlan(Api api) {
    this.api = api;
    this.windows = new RecordWindows(api);
  }

  @Override
  public Either<Failure, StudyProgress> progress() {
    return api.postWithoutBody("/study/get_study_progress", "progress")
        .map(
            data -> {
              JsonNode p = data.path("progress");
              return new StudyProgress(
                  Math.max(0, p.path("finished").asInt(0)),
                  Math.max(0, p.path("total").asInt(0)),
                  Duration.ofMillis(Math.max(0, p.path("study_time").asLong(0))));
            });
  }

  @Override
  public Either<Failure, List<TodayItem>> today(TodayQuery query) {
    List<ObjectNode> bodies = new ArrayList<>();
    if (query.words() instanceof WordSelection.Ids ids) {
      chunked("voc_ids", ids.ids().stream().map(VocId::value).sorted().toList(), bodies);
    } else if (query.words() instanceof WordSelection.Spellings spellings) {
      chunked(
          "spellings",
          spellings.spellings().stream().map(Spelling::value).sorted().toList(),
          bodies);
    } else {
      // No offset and a limit of 1000: the whole day is the finished plus the unfinished items.
      for (boolean finished : query.finished().map(List::of).getOrElse(List.of(true, false))) {
        ObjectNode body = Api.object();
        body.put("is_finished", finished);
        query.fresh().forEach(fresh -> body.put("is_new", fresh));
        bodies.add(body);
      }
    }
    Map<String, TodayItem> items = new LinkedHashMap<>();
    for (ObjectNode body : bodies) {
      body.put("limit", RecordWindows.LIMIT);
      Either<Failure, JsonNode> answer =
          api.post("/study/get_today_items", body, Idempotency.IDEMPOTENT, "today's items");
      if (answer.isLeft()) {
        return Either.left(answer.getLeft());
      }
      for (JsonNode item : answer.get().path("today_items")) {
        todayItem(item)
            .filter(query::matches)
            .forEach(i -> items.putIfAbsent(i.vocId().value(), i));
      }
    }
    return Either.right(
        items.values().stream().sorted(Comparator.comparingInt(TodayItem::order)).toList());
  }

  private static void chunked(String field, List<String> values, List<ObjectNode> bodies) {
    for (List<String> chunk : Wire.chunks(values, RecordWindows.LIMIT)) {
      ObjectNode body = Api.object();
      body.set(field, Wire.array(chunk));
      bodies.add(body);
    }
  }

  private static Option<TodayItem> todayItem(JsonNode item) {
    String id = Wire.text(item, "voc_id");
    String spelling = Wire.text(item, "voc_spelling");
    if (spelling.isBlank()) {
      spelling = Wire.text(item, "spelling");
    }
    if (id.isBlank() || spelling.isBlank()) {
      return Option.none();
    }
    return Option.some(
        new TodayItem(
            new VocId(id),
            new Spelling(spelling),
            item.path("order").asInt(0),
            RecordWindows.response(item.get("first_response")),
            item.path("is_new").asBoolean(false),
            item.path("is_finished").asBoolean(false)));
  }

  @Override
  public Either<Failure, List<StudyRecord>> records(RecordQuery query) {
    int wanted = query.limit().getOrElse(Integer.MAX_VALUE);
    if (!(query.words() instanceof WordSelection.All)) {
      return selected(query).map(found -> found.stream().limit(wanted).toList());
    }
    return windows
        .sweep(
            query.nextFrom(), query.nextTo(), query.tag().isDefined() ? Integer.MAX_VALUE : wanted)
        .flatMap(
            sweep -> {
              List<StudyRecord> found =
                  sweep.records().stream()
                      .filter(query::matches)
                      .sorted(BY_NEXT_DATE)
                      .limit(wanted)
                      .toList();
              boolean complete = sweep.incompleteDays().isEmpty() && !sweep.undatedUnreachable();
              boolean enoughBeforeGap =
                  found.size() == wanted
                      && !sweep.incompleteDays().isEmpty()
                      && found
                          .get(found.size() - 1)
                          .nextStudyDate()
                          .exists(d -> d.isBefore(sweep.incompleteDays().get(0)));
              if (complete || enoughBeforeGap) {
                return Either.right(found);
              }
              return Either.left(incomplete(sweep));
            });
  }

  static Failure incomplete(RecordWindows.Sweep sweep) {
    return new Failure.Unsupported(
        Api.local(),
        "reading every study record: "
            + (sweep.incompleteDays().isEmpty()
                ? "more than 1000 records have no next study date"
                : "1000 or more records are due on "
                    + sweep.incompleteDays()
                    + " and the service pages no further; narrow the query by ids or spellings"));
  }

  /** Records of the selected words, in chunks; the service ignores the other filters then. */
  private Either<Failure, List<StudyRecord>> selected(RecordQuery query) {
    List<ObjectNode> bodies = new ArrayList<>();
    if (query.words() instanceof WordSelection.Ids ids) {
      chunked("voc_ids", ids.ids().stream().map(VocId::value).sorted().toList(), bodies);
    } else if (query.words() instanceof WordSelection.Spellings spellings) {
      chunked(
          "spellings",
          spellings.spellings().stream().map(Spelling::value).sorted().toList(),
          bodies);
    }
    Map<String, StudyRecord> found = new LinkedHashMap<>();
    for (ObjectNode body : bodies) {
      body.put("limit", RecordWindows.LIMIT);
      Either<Failure, List<StudyRecord>> page = windows.query(body);
      if (page.isLeft()) {
        return Either.left(page.getLeft());
      }
      page.get().stream()
          .filter(query::matches)
          .forEach(r -> found.putIfAbsent(r.vocId().value(), r));
    }
    return Either.right(found.values().stream().sorted(BY_NEXT_DATE).toList());
  }

  @Override
  public Either<Failure, Long> count(RecordQuery query) {
    if (query.words() instanceof WordSelection.All && query.tag().isEmpty()) {
      ObjectNode body = Api.object();
      if (query.nextFrom().isDefined() || query.nextTo().isDefined()) {
        ObjectNode window = body.putObject("next_study_date");
        query.nextFrom().forEach(day -> window.put("start", Wire.beijingMidnight(day)));
        query.nextTo().forEach(day -> window.put("end", Wire.beijingMidnight(day)));
      }
      return windows.count(body);
    }
    RecordQuery unlimited =
        new RecordQuery(
            query.nextFrom(), query.nextTo(), query.words(), query.tag(), Option.none());
    return records(unlimited).map(found -> (long) found.size());
  }

  @Override
  public Either<Failure, Integer> addWords(Collection<VocId> words, boolean advance) {
    return inChunks(
        words,
        chunk -> {
          ObjectNode body = Api.object();
          ArrayNode items = body.putArray("words");
          chunk.forEach(id -> items.addObject().put("id", id));
          body.put("advance", advance);
          // Adding twice adds nothing the second time: safe to retry.
          return api.post("/study/add_words", body, Idempotency.IDEMPOTENT, "words")
              .map(data -> data.path("added_count").asInt(0));
        });
  }

  @Override
  public Either<Failure, Integer> advance(Collection<VocId> words) {
    return inChunks(
        words,
        chunk -> {
          ObjectNode body = Api.object();
          body.set("voc_ids", Wire.array(chunk));
          return api.post("/study/advance_study", body, Idempotency.IDEMPOTENT, "words")
              .mapLeft(
                  failure ->
                      failure instanceof Failure.Forbidden
                          ? new Failure.Forbidden(failure.origin(), "level 10 required")
                          : failure)
              .map(data -> data.path("advanced_count").asInt(0));
        });
  }

  private static Either<Failure, Integer> inChunks(
      Collection<VocId> words, Function<List<String>, Either<Failure, Integer>> call) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    words.forEach(id -> distinct.add(id.value()));
    int total = 0;
    for (List<String> chunk : Wire.chunks(new ArrayList<>(distinct), RecordWindows.LIMIT)) {
      Either<Failure, Integer> answer = call.apply(chunk);
      if (answer.isLeft()) {
        return answer;
      }
      total += answer.get();
    }
    return Either.right(total);
  }

  RecordWindows windows() {
    return windows;
  }
}
