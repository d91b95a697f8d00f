package dev.memkit.app.usecase;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.Visibility;
import dev.memkit.port.Failure;
import dev.memkit.port.Notes;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Creates and rewrites notes from text a person typed, handed in a file or wrote in an editor. The
 * text is checked first ({@code Invalid}, nothing saved); tags come from the markdown, found by the
 * backend.
 */
public final class WriteNote {

  private final Notes notes;

  public WriteNote(Notes notes) {
    this.notes = Objects.requireNonNull(notes);
  }

  /** A new note with {@code content}; visibility as typed ({@code private} when none). */
  public Either<Failure, Note> add(String content, Option<String> visibility) {
    return visibility(visibility)
        .flatMap(v -> Problems.invalid(NoteDraft.of(trimmed(content), v, false)))
        .flatMap(notes::create);
  }

  /**
   * The note with its content replaced by {@code content}; unchanged (and not saved again) when the
   * text is the same.
   */
  public Either<Failure, Edited> edit(NoteId id, String content) {
    String text = trimmed(content);
    return Problems.invalid(NoteChange.content(text))
        .flatMap(
            change ->
                notes
                    .get(id)
                    .flatMap(
                        note ->
                            note.content().equals(text)
                                ? Either.right(new Edited(note, false))
                                : notes.update(id, change).map(n -> new Edited(n, true))));
  }

  /** A note id as typed; {@code Invalid} when blank. */
  public static Either<Failure, NoteId> id(String text) {
    return Problems.invalid(NoteId.parse(text));
  }

  private static Either<Failure, Visibility> visibility(Option<String> text) {
    return text.isEmpty()
        ? Either.right(Visibility.PRIVATE)
        : Problems.invalid(Visibility.parse(text.get()));
  }

  /**
   * Editors end files with a line break, and text pasted on a command line may have stray blank
   * lines around it; neither belongs to the note. Leading spaces of the first line stay: in
   * markdown they can mean something.
   */
  private static String trimmed(String content) {
    return content.stripTrailing().replaceFirst("\\A(?:[ \\t]*\\r?\\n)+", "");
  }

  /** A note after an edit, and whether anything changed. */
  public record Edited(Note note, boolean changed) {}
}
