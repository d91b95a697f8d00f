package dev.memkit.port;

import dev.memkit.domain.note.Note;
import java.util.Comparator;
import java.util.Objects;

/**
 * The order of a note listing: by creation or last update time, ascending or descending, and
 * optionally with every pinned note before every unpinned one. Notes with equal times come in an
 * order the backend chooses, but the same one on every page.
 */
public record NoteOrder(Time by, boolean ascending, boolean pinnedFirst) {

  /** Which time a listing is sorted by. */
  public enum Time {
    CREATED,
    UPDATED
  }

  public NoteOrder {
    Objects.requireNonNull(by, "by");
  }

  /** Newest first by creation time: Memos' default. */
  public static NoteOrder newestFirst() {
    return new NoteOrder(Time.CREATED, false, false);
  }

  public static NoteOrder oldestFirst() {
    return new NoteOrder(Time.CREATED, true, false);
  }

  public static NoteOrder recentlyUpdatedFirst() {
    return new NoteOrder(Time.UPDATED, false, false);
  }

  /** This order, with pinned notes before all others. */
  public NoteOrder withPinnedFirst() {
    return new NoteOrder(by, ascending, true);
  }

  /**
   * Compares notes by this order, leaving ties (equal times) to the caller: a listing must break
   * them the same way on every page.
   */
  public Comparator<Note> comparator() {
    Comparator<Note> byTime =
        Comparator.comparing(note -> by == Time.CREATED ? note.created() : note.updated());
    Comparator<Note> timed = ascending ? byTime : byTime.reversed();
    return pinnedFirst
        ? Comparator.comparing((Note note) -> !note.pinned()).thenComparing(timed)
        : timed;
  }
}
