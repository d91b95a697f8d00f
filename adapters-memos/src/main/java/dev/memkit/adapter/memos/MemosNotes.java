package dev.memkit.adapter.memos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.validation.Violation;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Cursor;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.Notes;
import dev.memkit.port.Origin;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link Notes} over {@code /api/v1/memos}. A listing in one state is one Memos listing; a listing
 * in any state is the normal listing followed by the archived one (Memos lists one state at a
 * time), which is why a cursor here is {@code STATE:pageToken}.
 */
final class MemosNotes implements Notes {

  private final MemosHttp http;

  MemosNotes(MemosHttp http) {
    this.http = http;
  }

  @Override
  public Either<Failure, Page<Note>> list(NoteQuery query, PageRequest page) {
    Cel filter = new Cel();
    query.tag().forEach(filter::tag);
    query.visibility().forEach(filter::visibility);
    if (query.pinnedOnly()) {
      filter.pinned();
    }
    List<NoteState> states =
        query.state().map(List::of).getOrElse(List.of(NoteState.NORMAL, NoteState.ARCHIVED));
    return listing(filter, query.order(), states, page);
  }

  /** The notes matching {@code filter} in {@code states}, one state after the other. */
  Either<Failure, Page<Note>> listing(
      Cel filter, NoteOrder order, List<NoteState> states, PageRequest page) {
    NoteState state = states.get(0);
    String token = "";
    if (page.cursor().isDefined()) {
      String value = page.cursor().get().value();
      int colon = value.indexOf(':');
      Option<NoteState> named =
          colon < 0
              ? Option.none()
              : io.vavr.collection.List.of(NoteState.values())
                  .find(s -> s.name().equals(value.substring(0, colon)));
      if (named.isEmpty() || !states.contains(named.get())) {
        return Either.left(
            new Failure.Invalid(
                Origin.local(MemosHttp.BACKEND),
                io.vavr.collection.List.of(
                    Violation.of("cursor", "was not handed out by this listing"))));
      }
      state = named.get();
      token = value.substring(colon + 1);
    }
    Map<String, String> query =
        MemosHttp.query("pageSize", Integer.toString(page.size()), "state", state.name());
    if (!token.isEmpty()) {
      query.put("pageToken", token);
    }
    query.put("orderBy", orderBy(order));
    if (!filter.isEmpty()) {
      query.put("filter", filter.build());
    }
    NoteState current = state;
    return http.get("/api/v1/memos", query, "memos")
        .flatMap(answer -> MemosJson.read(answer, "memo list", MemosNotes::notes))
        .map(
            result -> {
              Option<Cursor> next;
              if (!result.next().isEmpty()) {
                next = Option.some(new Cursor(current.name() + ":" + result.next()));
              } else {
                int index = states.indexOf(current);
                next =
                    index + 1 < states.size()
                        ? Option.some(new Cursor(states.get(index + 1).name() + ":"))
                        : Option.none();
              }
              return Page.of(result.items(), next);
            });
  }

  private record Listed(List<Note> items, String next) {}

  private static Listed notes(JsonNode answer) {
    Set<String> seen = new LinkedHashSet<>();
    List<Note> items = new ArrayList<>();
    for (JsonNode memo : answer.path("memos")) {
      // Memos pages by offset: dedupe by name in case a page repeats one.
      if (seen.add(memo.path("name").asText())) {
        items.add(MemosJson.note(memo));
      }
    }
    return new Listed(items, answer.path("nextPageToken").asText(""));
  }

  static String orderBy(NoteOrder order) {
    String time = order.by() == NoteOrder.Time.CREATED ? "create_time" : "update_time";
    String direction = order.ascending() ? "asc" : "desc";
    return (order.pinnedFirst() ? "pinned desc, " : "") + time + " " + direction;
  }

  @Override
  public Either<Failure, Note> get(NoteId id) {
    return memo(id).flatMap(json -> MemosJson.read(json, "memo", MemosJson::note));
  }

  Either<Failure, JsonNode> memo(NoteId id) {
    return http.get("/api/v1/memos/" + MemosHttp.encodePath(id.value()), Map.of(), "note " + id);
  }

  @Override
  public Either<Failure, Note> create(NoteDraft draft) {
    // The id is chosen here, so that a create whose answer was lost can be looked up, and re-sent
    // only when it did not land (a second send with the same id cannot duplicate the note).
    NoteId id = new NoteId(UUID.randomUUID().toString().replace("-", ""));
    ObjectNode body = http.object();
    body.put("state", "NORMAL");
    body.put("content", draft.content());
    body.put("visibility", draft.visibility().name());
    body.put("pinned", draft.pinned());
    Either<Failure, JsonNode> sent = post(id, body);
    if (sent.isLeft() && sent.getLeft() instanceof Failure.Unavailable) {
      sent =
          http.idempotent(
              () ->
                  memo(id)
                      .fold(
                          failure ->
                              failure instanceof Failure.NotFound
                                  ? post(id, body)
                                      .orElse(() -> memo(id).mapLeft(ignored -> failure))
                                  : Either.left(failure),
                          Either::right));
    }
    return sent.flatMap(json -> MemosJson.read(json, "memo", MemosJson::note));
  }

  private Either<Failure, JsonNode> post(NoteId id, ObjectNode body) {
    return http.call(
        "POST",
        "/api/v1/memos",
        MemosHttp.query("memoId", id.value()),
        body,
        "note",
        Idempotency.NOT_IDEMPOTENT);
  }

  @Override
  public Either<Failure, Note> update(NoteId id, NoteChange change) {
    return memo(id).flatMap(current -> patch(id, current, change));
  }

  private Either<Failure, Note> patch(NoteId id, JsonNode current, NoteChange change) {
    // The spec requires state, content and visibility in the body; the mask says what changes.
    ObjectNode body = http.object();
    body.put("name", "memos/" + id.value());
    body.put("state", current.path("state").asText("NORMAL"));
    body.put("content", current.path("content").asText(""));
    body.put("visibility", current.path("visibility").asText("PRIVATE"));
    body.put("pinned", current.path("pinned").asBoolean(false));
    List<String> mask = new ArrayList<>();
    change
        .content()
        .forEach(
            content -> {
              body.put("content", content);
              mask.add("content");
            });
    change
        .visibility()
        .forEach(
            visibility -> {
              body.put("visibility", visibility.name());
              mask.add("visibility");
            });
    change
        .pinned()
        .forEach(
            pinned -> {
              body.put("pinned", pinned);
              mask.add("pinned");
            });
    change
        .state()
        .forEach(
            state -> {
              body.put("state", state.name());
              mask.add("state");
            });
    return http.call(
            "PATCH",
            "/api/v1/memos/" + MemosHttp.encodePath(id.value()),
            MemosHttp.query("updateMask", String.join(",", mask)),
            body,
            "note " + id,
            Idempotency.IDEMPOTENT)
        .flatMap(json -> MemosJson.read(json, "memo", MemosJson::note));
  }

  @Override
  public Either<Failure, Done> delete(NoteId id) {
    return deleteResource("/api/v1/memos/" + MemosHttp.encodePath(id.value()), "note " + id, http);
  }

  /**
   * Deletes with retries; a retry that finds the resource gone after an attempt without an answer
   * counts as success, since that attempt most likely deleted it.
   */
  static Either<Failure, Done> deleteResource(String path, String what, MemosHttp http) {
    int[] attempts = {0};
    return http.idempotent(
        () -> {
          attempts[0]++;
          Either<Failure, Done> result =
              http.exchange("DELETE", path, Map.of(), null, what).map(answer -> Done.DONE);
          if (attempts[0] > 1 && result.isLeft() && result.getLeft() instanceof Failure.NotFound) {
            return Either.right(Done.DONE);
          }
          return result;
        });
  }
}
