package dev.memkit.adapter.memos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.memkit.domain.account.User;
import dev.memkit.domain.note.Attachment;
import dev.memkit.domain.note.AttachmentId;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Visibility;
import dev.memkit.domain.note.Webhook;
import dev.memkit.domain.note.WebhookId;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads Memos' protojson resources into domain values. */
final class MemosJson {

  private MemosJson() {}

  /** The last segment of a resource name: {@code memos/abc} → {@code abc}. */
  static String id(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  static <T> Either<Failure, T> read(JsonNode node, String what, Function<JsonNode, T> reader) {
    return Try.of(() -> reader.apply(node))
        .toEither()
        .mapLeft(
            e ->
                (Failure)
                    new Failure.Unexpected(
                        Origin.local(MemosHttp.BACKEND), "could not read the " + what));
  }

  static Note note(JsonNode memo) {
    List<Tag> tags = new ArrayList<>();
    for (JsonNode tag : memo.path("tags")) {
      Tag.of(tag.asText()).forEach(tags::add);
    }
    List<AttachmentId> attachments = new ArrayList<>();
    for (JsonNode attachment : memo.path("attachments")) {
      attachments.add(new AttachmentId(id(attachment.path("name").asText())));
    }
    String visibility = memo.path("visibility").asText("PRIVATE");
    return new Note(
        new NoteId(id(text(memo, "name"))),
        memo.path("content").asText(""),
        switch (visibility) {
          case "PUBLIC" -> Visibility.PUBLIC;
          case "PROTECTED" -> Visibility.PROTECTED;
          default -> Visibility.PRIVATE;
        },
        memo.path("pinned").asBoolean(false),
        "ARCHIVED".equals(memo.path("state").asText()) ? NoteState.ARCHIVED : NoteState.NORMAL,
        tags,
        attachments,
        time(memo, "createTime"),
        time(memo, "updateTime"));
  }

  static Attachment attachment(JsonNode node) {
    String memo = node.path("memo").asText("");
    return new Attachment(
        new AttachmentId(id(text(node, "name"))),
        node.path("filename").asText(""),
        node.path("type").asText("application/octet-stream"),
        Long.parseLong(node.path("size").asText("0").isEmpty() ? "0" : node.path("size").asText()),
        memo.isEmpty() ? Option.none() : Option.some(new NoteId(id(memo))),
        time(node, "createTime"));
  }

  static Webhook webhook(JsonNode node) {
    return new Webhook(
        new WebhookId(id(text(node, "name"))),
        node.path("displayName").asText(""),
        URI.create(text(node, "url")));
  }

  static User user(JsonNode node) {
    String email = node.path("email").asText("");
    String avatar = node.path("avatarUrl").asText("");
    String username = text(node, "username");
    String display = node.path("displayName").asText("");
    return new User(
        username,
        display.isEmpty() ? username : display,
        email.isEmpty() ? Option.none() : Option.some(email),
        avatar.isEmpty() ? Option.none() : Try.of(() -> URI.create(avatar)).toOption(),
        node.path("role").asText("USER"));
  }

  private static String text(JsonNode node, String field) {
    String value = node.path(field).asText("");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("missing " + field);
    }
    return value;
  }

  private static Instant time(JsonNode node, String field) {
    String value = node.path(field).asText("");
    return value.isEmpty() ? Instant.EPOCH : OffsetDateTime.parse(value).toInstant();
  }
}
