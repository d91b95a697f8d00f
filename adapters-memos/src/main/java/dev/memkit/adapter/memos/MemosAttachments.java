package dev.memkit.adapter.memos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.note.Attachment;
import dev.memkit.domain.note.AttachmentId;
import dev.memkit.domain.note.AttachmentUpload;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.AttachmentContent;
import dev.memkit.port.Attachments;
import dev.memkit.port.Cursor;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link Attachments} over {@code /api/v1/attachments}: uploads as JSON with base64 content (Memos
 * has no multipart upload), bytes downloaded from {@code /file/attachments/{uid}/{filename}}.
 */
final class MemosAttachments implements Attachments {

  private final MemosHttp http;
  private final MemosNotes notes;

  MemosAttachments(MemosHttp http, MemosNotes notes) {
    this.http = http;
    this.notes = notes;
  }

  @Override
  public Either<Failure, Attachment> upload(AttachmentUpload upload, Option<NoteId> note) {
    if (note.isDefined()) {
      Either<Failure, JsonNode> owner = notes.memo(note.get());
      if (owner.isLeft()) {
        return Either.left(owner.getLeft());
      }
    }
    AttachmentId id = new AttachmentId(UUID.randomUUID().toString().replace("-", ""));
    ObjectNode body = http.object();
    body.put("filename", upload.fileName());
    body.put("type", upload.mediaType());
    body.put("content", Base64.getEncoder().encodeToString(upload.bytes()));
    note.forEach(n -> body.put("memo", "memos/" + n.value()));
    Either<Failure, JsonNode> sent = post(id, body);
    if (sent.isLeft() && sent.getLeft() instanceof Failure.Unavailable) {
      Failure unknown = sent.getLeft();
      sent =
          http.idempotent(
              () ->
                  metadata(id)
                      .fold(
                          failure ->
                              failure instanceof Failure.NotFound
                                  ? post(id, body).orElse(() -> metadata(id).mapLeft(f -> unknown))
                                  : Either.left(failure),
                          Either::right));
    }
    return sent.flatMap(json -> MemosJson.read(json, "attachment", MemosJson::attachment));
  }

  private Either<Failure, JsonNode> post(AttachmentId id, ObjectNode body) {
    return http.call(
        "POST",
        "/api/v1/attachments",
        MemosHttp.query("attachmentId", id.value()),
        body,
        "attachment",
        Idempotency.NOT_IDEMPOTENT);
  }

  private Either<Failure, JsonNode> metadata(AttachmentId id) {
    return http.get(
        "/api/v1/attachments/" + MemosHttp.encodePath(id.value()), Map.of(), "attachment " + id);
  }

  @Override
  public Either<Failure, Page<Attachment>> list(PageRequest page) {
    Map<String, String> query = MemosHttp.query("pageSize", Integer.toString(page.size()));
    page.cursor().forEach(cursor -> query.put("pageToken", cursor.value()));
    return http.get("/api/v1/attachments", query, "attachments")
        .flatMap(
            answer ->
                MemosJson.read(
                    answer,
                    "attachment list",
                    json -> {
                      Set<String> seen = new LinkedHashSet<>();
                      List<Attachment> items = new ArrayList<>();
                      for (JsonNode node : json.path("attachments")) {
                        if (seen.add(node.path("name").asText())) {
                          items.add(MemosJson.attachment(node));
                        }
                      }
                      String next = json.path("nextPageToken").asText("");
                      return Page.of(
                          items,
                          next.isEmpty() ? Option.<Cursor>none() : Option.some(new Cursor(next)));
                    }));
  }

  @Override
  public Either<Failure, AttachmentContent> download(AttachmentId id) {
    return metadata(id)
        .flatMap(json -> MemosJson.read(json, "attachment", MemosJson::attachment))
        .flatMap(
            attachment ->
                http.idempotent(
                        () ->
                            http.exchange(
                                "GET",
                                "/file/attachments/"
                                    + MemosHttp.encodePath(id.value())
                                    + "/"
                                    + MemosHttp.encodePath(attachment.fileName()),
                                Map.of(),
                                null,
                                "attachment " + id))
                    .map(
                        answer ->
                            new AttachmentContent(
                                attachment.fileName(), attachment.mediaType(), answer.body())));
  }

  @Override
  public Either<Failure, Done> delete(AttachmentId id) {
    return MemosNotes.deleteResource(
        "/api/v1/attachments/" + MemosHttp.encodePath(id.value()), "attachment " + id, http);
  }

  @Override
  public Either<Failure, Note> attach(NoteId note, List<AttachmentId> attachments) {
    Either<Failure, JsonNode> owner = notes.memo(note);
    if (owner.isLeft()) {
      return Either.left(owner.getLeft());
    }
    ObjectNode body = http.object();
    body.put("name", "memos/" + note.value());
    ArrayNode list = body.putArray("attachments");
    // The spec's Attachment needs filename and type, and an unknown attachment must fail before
    // anything changes: read each one first.
    for (AttachmentId id : new LinkedHashSet<>(attachments)) {
      Either<Failure, JsonNode> found = metadata(id);
      if (found.isLeft()) {
        return Either.left(found.getLeft());
      }
      ObjectNode ref = list.addObject();
      ref.put("name", "attachments/" + id.value());
      ref.put("filename", found.get().path("filename").asText());
      ref.put("type", found.get().path("type").asText());
    }
    return http.call(
            "PATCH",
            "/api/v1/memos/" + MemosHttp.encodePath(note.value()) + "/attachments",
            Map.of(),
            body,
            "note " + note,
            Idempotency.IDEMPOTENT)
        .flatMap(ignored -> notes.get(note));
  }
}
