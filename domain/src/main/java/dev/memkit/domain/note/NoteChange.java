package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Objects;

/**
 * A partial update of a note: each field that is defined replaces the note's, the others stay.
 * Archiving and restoring are changes of {@code state}. At least one field is defined, and new
 * content follows the same rules as a {@link NoteDraft}'s. A backend finds the tags again when the
 * content changes.
 */
public record NoteChange(
    Option<String> content,
    Option<Visibility> visibility,
    Option<Boolean> pinned,
    Option<NoteState> state) {

  public NoteChange {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(pinned, "pinned");
    Objects.requireNonNull(state, "state");
    Seq<Violation> problems = problems(content, visibility, pinned, state);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.mkString("; "));
    }
  }

  /** A change, or every rule it breaks. */
  public static Validation<Seq<Violation>, NoteChange> of(
      Option<String> content,
      Option<Visibility> visibility,
      Option<Boolean> pinned,
      Option<NoteState> state) {
    Seq<Violation> problems = problems(content, visibility, pinned, state);
    return problems.isEmpty()
        ? Validation.valid(new NoteChange(content, visibility, pinned, state))
        : Validation.invalid(problems);
  }

  /** Replace the content (and so the tags). */
  public static Validation<Seq<Violation>, NoteChange> content(String content) {
    return of(Option.some(content), Option.none(), Option.none(), Option.none());
  }

  public static NoteChange visibility(Visibility visibility) {
    return new NoteChange(Option.none(), Option.some(visibility), Option.none(), Option.none());
  }

  public static NoteChange pinned(boolean pinned) {
    return new NoteChange(Option.none(), Option.none(), Option.some(pinned), Option.none());
  }

  public static NoteChange state(NoteState state) {
    return new NoteChange(Option.none(), Option.none(), Option.none(), Option.some(state));
  }

  /** Put the note away: out of ordinary listings, searches and tag counts. */
  public static NoteChange archive() {
    return state(NoteState.ARCHIVED);
  }

  /** Bring an archived note back. */
  public static NoteChange restore() {
    return state(NoteState.NORMAL);
  }

  /** Whether this change replaces the content (so the tags must be found again). */
  public boolean changesContent() {
    return content.isDefined();
  }

  /** {@code note} with this change applied, updated at {@code now}, its tags found again. */
  public Note applyTo(Note note, Instant now) {
    String newContent = content.getOrElse(note.content());
    return new Note(
        note.id(),
        newContent,
        visibility.getOrElse(note.visibility()),
        pinned.getOrElse(note.pinned()),
        state.getOrElse(note.state()),
        content.isDefined() ? Tags.extract(newContent) : note.tags(),
        note.attachments(),
        note.created(),
        now);
  }

  private static Seq<Violation> problems(
      Option<String> content,
      Option<Visibility> visibility,
      Option<Boolean> pinned,
      Option<NoteState> state) {
    if (content.isEmpty() && visibility.isEmpty() && pinned.isEmpty() && state.isEmpty()) {
      return Check.<NoteChange>invalid(
              "change", "must change at least one of content, visibility, pinned, state")
          .getError();
    }
    return content
        .map(NoteDraft::checkContent)
        .filter(Validation::isInvalid)
        .map(Validation::getError)
        .getOrElse(List.empty());
  }
}
