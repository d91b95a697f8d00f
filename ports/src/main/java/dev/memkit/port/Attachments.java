package dev.memkit.port;

import dev.memkit.domain.note.Attachment;
import dev.memkit.domain.note.AttachmentId;
import dev.memkit.domain.note.AttachmentUpload;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Files attached to notes (attachments, called resources before Memos 0.25).
 *
 * <p>Contract shared by every implementation:
 *
 * <ul>
 *   <li>{@link #upload}: stores the bytes and returns the attachment, its size the number of bytes.
 *       With a note, the attachment is added to that note's attachments; a note that does not exist
 *       is {@link Failure.NotFound} and nothing is stored. Every call stores another file.
 *   <li>{@link #list}: every attachment of the account, attached to a note or not, a page at a
 *       time, in the backend's order (Memos: newest first); paging as in {@link Notes#list}.
 *   <li>{@link #download}: exactly the bytes uploaded, with the stored file name and media type;
 *       {@link Failure.NotFound} for an unknown attachment.
 *   <li>{@link #delete}: removes the attachment, and with it its place on its note; {@link
 *       Failure.NotFound} for an unknown or already deleted one.
 *   <li>{@link #attach}: replaces the note's attachments with {@code attachments} (duplicates count
 *       once; an empty list removes them all) and returns the updated note, whose list may come in
 *       the backend's order. An attachment taken from another note moves. Attachments that were on
 *       the note and are not in the list leave it, and some backends then delete them (Memos does):
 *       treat them as gone. Every note and attachment must exist: otherwise {@link
 *       Failure.NotFound} and nothing changes.
 * </ul>
 */
public interface Attachments {

  Either<Failure, Attachment> upload(AttachmentUpload upload, Option<NoteId> note);

  Either<Failure, Page<Attachment>> list(PageRequest page);

  Either<Failure, AttachmentContent> download(AttachmentId id);

  Either<Failure, Done> delete(AttachmentId id);

  Either<Failure, Note> attach(NoteId note, List<AttachmentId> attachments);
}
