package dev.memkit.port;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Objects;

/**
 * What to search notes for: {@code text} found anywhere in the content, ignoring case, and
 * optionally an exact {@code tag} the note must carry. The text is matched as typed, spaces
 * included, as one phrase; it is not blank and at most {@value #MAX_TEXT_LENGTH} characters.
 */
public record SearchQuery(String text, Option<Tag> tag) {

  public static final int MAX_TEXT_LENGTH = 1000;

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    Validation<Seq<Violation>, String> checked = Check.text("text", text, MAX_TEXT_LENGTH);
    if (checked.isInvalid()) {
      throw new IllegalArgumentException(checked.getError().mkString("; "));
    }
  }

  /** A search for {@code text} in any note, or what is wrong with the text. */
  public static Validation<Seq<Violation>, SearchQuery> of(String text) {
    return Check.text("text", text, MAX_TEXT_LENGTH).map(t -> new SearchQuery(t, Option.none()));
  }

  public SearchQuery withTag(Tag tag) {
    return new SearchQuery(text, Option.some(tag));
  }

  /**
   * Whether {@code note} is a hit: not archived, carries the tag if one is asked for, and contains
   * the text ignoring case.
   */
  public boolean matches(Note note) {
    return note.state() == NoteState.NORMAL
        && tag.forAll(note::hasTag)
        && note.content().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }
}
