package dev.memkit.port;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Visibility;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Which notes a listing holds and in what order. Every defined filter must match:
 *
 * <ul>
 *   <li>{@code tag}: the note carries exactly this tag. A note tagged only {@code work/meeting}
 *       does not match {@code work} (Memos' {@code "work" in tags}); ask for the nested tag itself.
 *   <li>{@code visibility}: the note has exactly this visibility.
 *   <li>{@code state}: the note is in this state; none means normal and archived notes alike.
 *   <li>{@code pinnedOnly}: only pinned notes.
 * </ul>
 *
 * Start from {@link #normal()} and narrow it down.
 */
public record NoteQuery(
    Option<Tag> tag,
    Option<Visibility> visibility,
    Option<NoteState> state,
    boolean pinnedOnly,
    NoteOrder order) {

  public NoteQuery {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(order, "order");
  }

  /** Every note that is not archived, newest first: what a notes app shows by default. */
  public static NoteQuery normal() {
    return new NoteQuery(
        Option.none(),
        Option.none(),
        Option.some(NoteState.NORMAL),
        false,
        NoteOrder.newestFirst());
  }

  /** Every archived note, newest first. */
  public static NoteQuery archived() {
    return normal().inState(NoteState.ARCHIVED);
  }

  public NoteQuery withTag(Tag tag) {
    return new NoteQuery(Option.some(tag), visibility, state, pinnedOnly, order);
  }

  public NoteQuery withVisibility(Visibility visibility) {
    return new NoteQuery(tag, Option.some(visibility), state, pinnedOnly, order);
  }

  public NoteQuery inState(NoteState state) {
    return new NoteQuery(tag, visibility, Option.some(state), pinnedOnly, order);
  }

  /** Normal and archived notes alike. */
  public NoteQuery inAnyState() {
    return new NoteQuery(tag, visibility, Option.none(), pinnedOnly, order);
  }

  public NoteQuery onlyPinned() {
    return new NoteQuery(tag, visibility, state, true, order);
  }

  public NoteQuery orderedBy(NoteOrder order) {
    return new NoteQuery(tag, visibility, state, pinnedOnly, order);
  }

  /** Whether {@code note} passes every filter of this query. */
  public boolean matches(Note note) {
    return tag.forAll(note::hasTag)
        && visibility.forAll(v -> note.visibility() == v)
        && state.forAll(s -> note.state() == s)
        && (!pinnedOnly || note.pinned());
  }
}
