package dev.memkit.testkit.note;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.TagCount;
import dev.memkit.port.Failure;
import dev.memkit.port.Tags;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Tags} in memory: counts the tags of the notes that are not archived in the store it shares
 * with the other fakes of an {@link InMemoryNoteBackend}.
 */
public final class InMemoryTags implements Tags, FaultInjectable {

  private static final Comparator<TagCount> MOST_USED_FIRST =
      Comparator.comparing(TagCount::count).reversed().thenComparing(TagCount::tag);

  private final NoteStore store;
  private final Faults faults;

  InMemoryTags(NoteStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, List<TagCount>> counts() {
    return faults.run(
        () -> {
          Map<Tag, Integer> counts = new HashMap<>();
          synchronized (store) {
            for (Note note : store.notes.values()) {
              if (note.state() == NoteState.NORMAL) {
                // Note.tags() holds each tag once, so a note counts once per tag.
                note.tags().forEach(tag -> counts.merge(tag, 1, Integer::sum));
              }
            }
          }
          return Either.right(
              counts.entrySet().stream()
                  .map(entry -> new TagCount(entry.getKey(), entry.getValue()))
                  .sorted(MOST_USED_FIRST)
                  .toList());
        });
  }
}
