package dev.memkit.testkit.note;

import dev.memkit.domain.note.Attachment;
import dev.memkit.domain.note.AttachmentId;
import dev.memkit.domain.note.AttachmentUpload;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteId;
import dev.memkit.port.AttachmentContent;
import dev.memkit.port.Attachments;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@link Attachments} in memory, sharing its store with the other fakes of an {@link
 * InMemoryNoteBackend}. Behaves like Memos: {@link #attach} deletes the attachments it takes off
 * the note, and {@link #list} gives the newest first.
 */
public final class InMemoryAttachments implements Attachments, FaultInjectable {

  private final NoteStore store;
  private final Faults faults;

  InMemoryAttachments(NoteStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, Attachment> upload(AttachmentUpload upload, Option<NoteId> note) {
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(note, "note");
    return faults.run(
        () -> {
          synchronized (store) {
            if (note.isDefined() && !store.notes.containsKey(note.get())) {
              return Either.left(NoteStore.notFound("note " + note.get()));
            }
            AttachmentId id = new AttachmentId(store.newId("attachment"));
            Attachment attachment =
                new Attachment(
                    id, upload.fileName(), upload.mediaType(), upload.size(), note, store.now());
            store.attachments.put(id, attachment);
            store.contents.put(id, upload.bytes());
            note.forEach(
                noteId -> {
                  Note owner = store.notes.get(noteId);
                  List<AttachmentId> all = new ArrayList<>(owner.attachments());
                  all.add(id);
                  store.notes.put(noteId, owner.withAttachments(all, owner.updated()));
                });
            return Either.right(attachment);
          }
        });
  }

  @Override
  public Either<Failure, Page<Attachment>> list(PageRequest page) {
    Objects.requireNonNull(page, "page");
    return faults.run(
        () -> {
          synchronized (store) {
            List<Attachment> newestFirst = new ArrayList<>(store.attachments.values());
            Collections.reverse(newestFirst);
            newestFirst.sort(Comparator.comparing(Attachment::created).reversed());
            return NoteStore.page(newestFirst, page, "attachments");
          }
        });
  }

  @Override
  public Either<Failure, AttachmentContent> download(AttachmentId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(
        () -> {
          synchronized (store) {
            Attachment attachment = store.attachments.get(id);
            if (attachment == null) {
              return Either.left(NoteStore.notFound("attachment " + id));
            }
            return Either.right(
                new AttachmentContent(
                    attachment.fileName(), attachment.mediaType(), store.contents.get(id)));
          }
        });
  }

  @Override
  public Either<Failure, Done> delete(AttachmentId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(
        () -> {
          synchronized (store) {
            if (!store.attachments.containsKey(id)) {
              return Either.left(NoteStore.notFound("attachment " + id));
            }
            store.removeAttachment(id);
            return Either.right(Done.DONE);
          }
        });
  }

  @Override
  public Either<Failure, Note> attach(NoteId note, List<AttachmentId> attachments) {
    Objects.requireNonNull(note, "note");
    Set<AttachmentId> wanted = new LinkedHashSet<>(List.copyOf(attachments));
    return faults.run(
        () -> {
          synchronized (store) {
            Note owner = store.notes.get(note);
            if (owner == null) {
              return Either.left(NoteStore.notFound("note " + note));
            }
            List<AttachmentId> missing =
                wanted.stream().filter(id -> !store.attachments.containsKey(id)).toList();
            if (!missing.isEmpty()) {
              return Either.left(NoteStore.notFound("attachments " + missing));
            }
            // Everything exists: from here on nothing can fail, so the changes are all or nothing.
            owner.attachments().stream()
                .filter(id -> !wanted.contains(id))
                .toList()
                .forEach(store::removeAttachment);
            for (AttachmentId id : wanted) {
              Attachment attachment = store.attachments.get(id);
              attachment
                  .note()
                  .filter(other -> !other.equals(note))
                  .forEach(other -> store.detach(other, id));
              store.attachments.put(id, attachment.withNote(Option.some(note)));
            }
            Note updated = store.notes.get(note).withAttachments(List.copyOf(wanted), store.now());
            store.notes.put(note, updated);
            return Either.right(updated);
          }
        });
  }
}
