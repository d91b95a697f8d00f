package dev.memkit.testkit.note;

import dev.memkit.domain.account.ServiceInfo;
import dev.memkit.domain.account.User;
import dev.memkit.domain.note.Attachment;
import dev.memkit.domain.note.AttachmentId;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.Webhook;
import dev.memkit.domain.note.WebhookId;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Cursor;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.Origin;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The data of one in-memory notes backend, shared by its fakes. Not thread-safe by itself: every
 * fake holds this object's monitor ({@code synchronized (store)}) for the whole of an operation, so
 * each operation is atomic across all the fakes of a backend.
 */
final class NoteStore {

  static final Origin ORIGIN = Origin.local("fake");

  /** Memos caps a page at 1000 items; so does the fake. */
  static final int MAX_PAGE_SIZE = 1000;

  final Clock clock;
  // Insertion-ordered, so that listings can break ties between equal timestamps by creation order.
  final Map<NoteId, Note> notes = new LinkedHashMap<>();
  final Map<AttachmentId, Attachment> attachments = new LinkedHashMap<>();
  final Map<AttachmentId, byte[]> contents = new HashMap<>();
  final Map<WebhookId, Webhook> webhooks = new LinkedHashMap<>();

  User user;
  final ServiceInfo serviceInfo;
  private long lastId;

  NoteStore(Clock clock, User user, ServiceInfo serviceInfo) {
    this.clock = clock;
    this.user = user;
    this.serviceInfo = serviceInfo;
  }

  Instant now() {
    return clock.instant();
  }

  /** A new id, never handed out before by this store; {@code kind} makes ids readable. */
  String newId(String kind) {
    return kind + "-" + ++lastId;
  }

  /**
   * The notes passing {@code filter}, sorted by {@code order}; equal times keep creation order when
   * ascending and reverse it when descending, so the newest note comes first among ties.
   */
  List<Note> notes(Predicate<Note> filter, NoteOrder order) {
    List<Note> selected = new ArrayList<>();
    for (Note note : notes.values()) {
      if (filter.test(note)) {
        selected.add(note);
      }
    }
    if (!order.ascending()) {
      Collections.reverse(selected);
    }
    selected.sort(order.comparator());
    return selected;
  }

  Either<Failure, Note> note(NoteId id) {
    Note note = notes.get(id);
    return note == null ? Either.left(notFound("note " + id)) : Either.right(note);
  }

  /** Deletes an attachment, if stored, and takes it off its note. */
  void removeAttachment(AttachmentId id) {
    Attachment attachment = attachments.remove(id);
    contents.remove(id);
    if (attachment != null) {
      attachment.note().forEach(noteId -> detach(noteId, id));
    }
  }

  /** Takes an attachment off a note's list, leaving the note's updated time alone. */
  void detach(NoteId noteId, AttachmentId id) {
    Note note = notes.get(noteId);
    if (note != null) {
      List<AttachmentId> rest =
          note.attachments().stream().filter(attached -> !attached.equals(id)).toList();
      notes.put(noteId, note.withAttachments(rest, note.updated()));
    }
  }

  static Failure notFound(String what) {
    return new Failure.NotFound(ORIGIN, what);
  }

  /**
   * One page of {@code all}, which the caller sorted. The cursor is the offset of the next item,
   * like Memos' page token, tagged with the listing's {@code kind} so that a cursor from another
   * listing is refused.
   */
  static <T> Either<Failure, Page<T>> page(List<T> all, PageRequest request, String kind) {
    int offset = 0;
    if (request.cursor().isDefined()) {
      Option<Integer> parsed = parseCursor(request.cursor().get(), kind);
      if (parsed.isEmpty()) {
        return Either.left(
            new Failure.Invalid(
                ORIGIN,
                io.vavr.collection.List.of(
                    Violation.of("cursor", "was not handed out by this listing"))));
      }
      offset = parsed.get();
    }
    int from = Math.min(offset, all.size());
    int to = Math.min(all.size(), from + Math.min(request.size(), MAX_PAGE_SIZE));
    Option<Cursor> next =
        to < all.size() ? Option.some(new Cursor(kind + ":" + to)) : Option.none();
    return Either.right(Page.of(all.subList(from, to), next));
  }

  private static Option<Integer> parseCursor(Cursor cursor, String kind) {
    String prefix = kind + ":";
    if (!cursor.value().startsWith(prefix)) {
      return Option.none();
    }
    try {
      int offset = Integer.parseInt(cursor.value().substring(prefix.length()));
      return offset >= 0 ? Option.some(offset) : Option.none();
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }
}
