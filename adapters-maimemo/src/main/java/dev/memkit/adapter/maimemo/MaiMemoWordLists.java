package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.PublicationStatus;
import dev.memkit.domain.word.WordList;
import dev.memkit.domain.word.WordListContent;
import dev.memkit.domain.word.WordListDraft;
import dev.memkit.domain.word.WordListId;
import dev.memkit.domain.word.WordListSummary;
import dev.memkit.domain.word.WordListTag;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Cursor;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.WordLists;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /notepads}. Pages are {@code limit}/{@code offset} with at most 10 per request and no
 * total: a full page has a next cursor (the next offset), a short one ends the listing. The content
 * is sent as rendered, so chapters survive; the parsed {@code list} the service adds is not needed
 * ({@code content} is the source of truth). An update reads the notepad just before writing and
 * refuses with a conflict when its {@code updated_time} moved since the caller read it.
 */
final class MaiMemoWordLists implements WordLists {

  static final int MAX_PAGE = 10;

  private final Api api;

  MaiMemoWordLists(Api api) {
    this.api = api;
  }

  @Override
  public Either<Failure, Page<WordListSummary>> list(PageRequest page) {
    int offset =
        page.cursor()
            .flatMap(c -> Try.of(() -> Integer.parseInt(c.value())).toOption())
            .getOrElse(0);
    int limit = Math.min(page.size(), MAX_PAGE);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("limit", Integer.toString(limit));
    query.put("offset", Integer.toString(offset));
    return api.get("/notepads", query, "word lists")
        .map(
            data -> {
              List<WordListSummary> items = new ArrayList<>();
              for (JsonNode item : data.path("notepads")) {
                if (!"DELETED".equals(Wire.text(item, "status"))) {
                  items.add(summary(item));
                }
              }
              int returned = data.path("notepads").size();
              Option<Cursor> next =
                  returned >= limit
                      ? Option.some(new Cursor(Integer.toString(offset + returned)))
                      : Option.none();
              return Page.of(items, next);
            });
  }

  @Override
  public Either<Failure, WordList> get(WordListId id) {
    return api.get("/notepads/" + Api.encode(id.value()), Map.of(), "word list " + id)
        .map(data -> wordList(data.path("notepad")));
  }

  @Override
  public Either<Failure, WordList> create(WordListDraft draft) {
    return valid(draft)
        .flatMap(
            valid -> {
              ObjectNode body = Api.object();
              body.set("notepad", fields(valid));
              return api.post("/notepads", body, Idempotency.NOT_IDEMPOTENT, "word list");
            })
        .map(data -> wordList(data.path("notepad")));
  }

  @Override
  public Either<Failure, WordList> update(WordList edited) {
    return valid(edited.draft())
        .flatMap(
            valid ->
                get(edited.id())
                    .flatMap(
                        stored ->
                            stored.updated().equals(edited.updated())
                                ? Either.right(valid)
                                : Either.<Failure, WordListDraft>left(
                                    new Failure.Conflict(
                                        Api.local(),
                                        "word list "
                                            + edited.id()
                                            + " changed since it was read (now "
                                            + stored.updated()
                                            + ", read "
                                            + edited.updated()
                                            + "); read it again and redo the edit"))))
        .flatMap(
            valid -> {
              ObjectNode body = Api.object();
              body.put("id", edited.id().value());
              body.set("notepad", fields(valid));
              return api.post(
                  "/notepads/" + Api.encode(edited.id().value()),
                  body,
                  Idempotency.IDEMPOTENT,
                  "word list " + edited.id());
            })
        .map(data -> wordList(data.path("notepad")));
  }

  @Override
  public Either<Failure, Done> delete(WordListId id) {
    return api.delete("/notepads/" + Api.encode(id.value()), "word list " + id)
        .map(ignored -> Done.DONE);
  }

  private static Either<Failure, WordListDraft> valid(WordListDraft draft) {
    return draft.validate().toEither().mapLeft(v -> new Failure.Invalid(Api.local(), v));
  }

  private static ObjectNode fields(WordListDraft draft) {
    ObjectNode item = Api.object();
    item.put("status", draft.status().name());
    item.put("content", draft.content().render());
    item.put("title", draft.title());
    item.put("brief", draft.brief());
    item.set("tags", Wire.array(draft.tags().stream().map(WordListTag::label).toList()));
    return item;
  }

  private static PublicationStatus status(JsonNode item) {
    return "UNPUBLISHED".equals(Wire.text(item, "status"))
        ? PublicationStatus.UNPUBLISHED
        : PublicationStatus.PUBLISHED;
  }

  private static WordListSummary summary(JsonNode item) {
    Instant created = Wire.instant(item.get("created_time")).getOrElse(Instant.EPOCH);
    return new WordListSummary(
        new WordListId(Wire.text(item, "id")),
        Wire.text(item, "title"),
        Wire.text(item, "brief"),
        Wire.labels(item.get("tags"), WordListTag::fromLabel),
        status(item),
        created,
        Wire.instant(item.get("updated_time")).getOrElse(created));
  }

  private static WordList wordList(JsonNode item) {
    WordListSummary summary = summary(item);
    return new WordList(
        summary.id(),
        summary.title(),
        summary.brief(),
        summary.tags(),
        summary.status(),
        WordListContent.parse(Wire.text(item, "content")),
        summary.created(),
        summary.updated());
  }
}
