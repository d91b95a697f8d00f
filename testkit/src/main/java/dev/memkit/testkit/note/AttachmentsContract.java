package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.NoteFixtures.anUpload;
import static dev.memkit.testkit.note.NoteFixtures.draft;
import static dev.memkit.testkit.note.Outcomes.failure;
import static dev.memkit.testkit.note.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Attachment;
import dev.memkit.domain.note.AttachmentId;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteId;
import dev.memkit.port.AttachmentContent;
import dev.memkit.port.Attachments;
import dev.memkit.port.Failure;
import dev.memkit.port.Notes;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Attachments} must show. Subclass it in a test and implement both
 * factories: each is called once before each test, and they must return ports of one fresh, empty
 * backend (with JUnit's default lifecycle, a new test instance per test, create the backend in a
 * field initialiser).
 */
public abstract class AttachmentsContract {

  private Attachments attachments;
  private Notes notes;

  /** The attachments of a fresh, empty backend. */
  protected abstract Attachments attachments();

  /** The notes of the same backend as {@link #attachments()}. */
  protected abstract Notes notes();

  @BeforeEach
  void createPorts() {
    attachments = attachments();
    notes = notes();
  }

  private Note note(String content) {
    return success(notes.create(draft(content)));
  }

  private Attachment upload(String text) {
    return success(attachments.upload(anUpload().withText(text).build(), Option.none()));
  }

  private List<Attachment> all() {
    return success(Pages.all(PageRequest.first(), attachments::list));
  }

  private static List<AttachmentId> ids(List<Attachment> attachments) {
    return attachments.stream().map(Attachment::id).toList();
  }

  @Test
  void shouldDescribeUploadWhenUploadingFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xFF};

    Attachment attachment =
        success(
            attachments.upload(
                anUpload()
                    .withFileName("screenshot.png")
                    .withMediaType("image/png")
                    .withBytes(png)
                    .build(),
                Option.none()));

    assertThat(attachment.fileName()).isEqualTo("screenshot.png");
    assertThat(attachment.mediaType()).isEqualTo("image/png");
    assertThat(attachment.size()).isEqualTo(png.length);
    assertThat(attachment.note()).isEmpty();
  }

  @Test
  void shouldReturnExactBytesWhenDownloadingUpload() {
    byte[] bytes = new byte[1024];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Attachment attachment =
        success(
            attachments.upload(
                anUpload()
                    .withFileName("data.bin")
                    .withMediaType("application/octet-stream")
                    .withBytes(bytes)
                    .build(),
                Option.none()));

    AttachmentContent content = success(attachments.download(attachment.id()));

    assertThat(content.bytes()).isEqualTo(bytes);
    assertThat(content.fileName()).isEqualTo("data.bin");
    assertThat(content.mediaType()).isEqualTo("application/octet-stream");
  }

  @Test
  void shouldKeepUtf8TextIntactWhenRoundTripping() {
    String text = "学习 notes — ünïcödé ✓";
    Attachment attachment = upload(text);

    AttachmentContent content = success(attachments.download(attachment.id()));

    assertThat(new String(content.bytes(), StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void shouldAttachToNoteWhenUploadingWithNote() {
    Note note = note("with a file");

    Attachment attachment = success(attachments.upload(anUpload().build(), Option.some(note.id())));

    assertThat(attachment.note()).contains(note.id());
    assertThat(success(notes.get(note.id())).attachments()).containsExactly(attachment.id());
  }

  @Test
  void shouldFailNotFoundAndStoreNothingWhenUploadingToUnknownNote() {
    Either<Failure, Attachment> result =
        attachments.upload(anUpload().build(), Option.some(new NoteId("no-such-note")));

    assertThat(failure(result)).isInstanceOf(Failure.NotFound.class);
    assertThat(all()).isEmpty();
  }

  @Test
  void shouldFailNotFoundWhenDownloadingUnknownAttachment() {
    assertThat(failure(attachments.download(new AttachmentId("no-such-attachment"))))
        .isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldVisitEveryAttachmentOnceWhenPagingThroughList() {
    List<AttachmentId> uploaded = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      uploaded.add(upload("file " + i).id());
    }

    List<AttachmentId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    int pages = 0;
    while (true) {
      Page<Attachment> page = success(attachments.list(request));
      pages++;
      assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
      seen.addAll(ids(page.items()));
      if (page.isLast() || pages > 20) {
        break;
      }
      request = request.next(page.next().get());
    }

    assertThat(pages).isGreaterThanOrEqualTo(3);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(uploaded);
  }

  @Test
  void shouldRemoveAttachmentWhenDeleting() {
    Attachment kept = upload("kept");
    Attachment gone = upload("gone");

    success(attachments.delete(gone.id()));

    assertThat(failure(attachments.download(gone.id()))).isInstanceOf(Failure.NotFound.class);
    assertThat(ids(all())).containsExactly(kept.id());
  }

  @Test
  void shouldTakeAttachmentOffNoteWhenDeleting() {
    Note note = note("owner");
    Attachment attachment = success(attachments.upload(anUpload().build(), Option.some(note.id())));

    success(attachments.delete(attachment.id()));

    assertThat(success(notes.get(note.id())).attachments()).isEmpty();
  }

  @Test
  void shouldFailNotFoundWhenDeletingUnknownOrDeletedAttachment() {
    Attachment attachment = upload("once");
    success(attachments.delete(attachment.id()));

    assertThat(failure(attachments.delete(attachment.id()))).isInstanceOf(Failure.NotFound.class);
    assertThat(failure(attachments.delete(new AttachmentId("no-such-attachment"))))
        .isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldSetNoteAttachmentsWhenAttaching() {
    Note note = note("gallery");
    Attachment first = upload("one");
    Attachment second = upload("two");

    Note updated = success(attachments.attach(note.id(), List.of(first.id(), second.id())));

    assertThat(updated.attachments()).containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(success(notes.get(note.id())).attachments())
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(all())
        .filteredOn(attachment -> attachment.note().contains(note.id()))
        .extracting(Attachment::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
  }

  @Test
  void shouldReplaceWholeSetWhenAttachingAgain() {
    Note note = note("gallery");
    Attachment first = upload("one");
    Attachment second = upload("two");
    success(attachments.attach(note.id(), List.of(first.id(), second.id())));

    Note updated = success(attachments.attach(note.id(), List.of(second.id())));

    assertThat(updated.attachments()).containsExactly(second.id());
    assertThat(all())
        .filteredOn(attachment -> attachment.note().contains(note.id()))
        .extracting(Attachment::id)
        .containsExactly(second.id());
  }

  @Test
  void shouldRemoveAllAttachmentsWhenAttachingEmptyList() {
    Note note = note("bare");
    success(attachments.upload(anUpload().build(), Option.some(note.id())));

    Note updated = success(attachments.attach(note.id(), List.of()));

    assertThat(updated.attachments()).isEmpty();
    assertThat(success(notes.get(note.id())).attachments()).isEmpty();
  }

  @Test
  void shouldMoveAttachmentWhenAttachingItToAnotherNote() {
    Note from = note("from");
    Note to = note("to");
    Attachment attachment = success(attachments.upload(anUpload().build(), Option.some(from.id())));

    success(attachments.attach(to.id(), List.of(attachment.id())));

    assertThat(success(notes.get(to.id())).attachments()).containsExactly(attachment.id());
    assertThat(success(notes.get(from.id())).attachments()).isEmpty();
  }

  @Test
  void shouldFailNotFoundAndChangeNothingWhenAttachingUnknownAttachment() {
    Note note = note("careful");
    Attachment existing = upload("exists");
    Attachment current = success(attachments.upload(anUpload().build(), Option.some(note.id())));

    Either<Failure, Note> result =
        attachments.attach(
            note.id(), List.of(existing.id(), new AttachmentId("no-such-attachment")));

    assertThat(failure(result)).isInstanceOf(Failure.NotFound.class);
    assertThat(success(notes.get(note.id())).attachments()).containsExactly(current.id());
    assertThat(success(attachments.download(current.id())).bytes())
        .isEqualTo(anUpload().build().bytes());
  }

  @Test
  void shouldFailNotFoundWhenAttachingToUnknownNote() {
    Attachment attachment = upload("orphan");

    Either<Failure, Note> result =
        attachments.attach(new NoteId("no-such-note"), List.of(attachment.id()));

    assertThat(failure(result)).isInstanceOf(Failure.NotFound.class);
    assertThat(all()).extracting(Attachment::note).containsExactly(Option.none());
  }

  @Test
  void shouldLeaveNoAttachmentOnDeletedNoteWhenNoteIsDeleted() {
    Note note = note("doomed");
    success(attachments.upload(anUpload().build(), Option.some(note.id())));

    success(notes.delete(note.id()));

    assertThat(all()).noneMatch(attachment -> attachment.note().contains(note.id()));
  }
}
