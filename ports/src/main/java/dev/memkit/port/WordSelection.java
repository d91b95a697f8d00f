package dev.memkit.port;

import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import java.util.Collection;
import java.util.Set;

/**
 * Which words a study query is about: all of them, those with given ids, or those with given
 * spellings (matched without regard to case). MaiMemo takes ids or spellings, never both, hence one
 * or the other here. An empty set of ids or spellings selects nothing.
 */
public sealed interface WordSelection {

  static WordSelection all() {
    return All.INSTANCE;
  }

  static WordSelection ids(Collection<VocId> ids) {
    return new Ids(Set.copyOf(ids));
  }

  static WordSelection spellings(Collection<Spelling> spellings) {
    return new Spellings(Set.copyOf(spellings));
  }

  /** Whether the word with this id and spelling is selected. */
  boolean selects(VocId id, Spelling spelling);

  default boolean selects(TodayItem item) {
    return selects(item.vocId(), item.spelling());
  }

  default boolean selects(StudyRecord record) {
    return selects(record.vocId(), record.spelling());
  }

  /** Every word. */
  enum All implements WordSelection {
    INSTANCE;

    @Override
    public boolean selects(VocId id, Spelling spelling) {
      return true;
    }
  }

  /** The words with these ids. */
  record Ids(Set<VocId> ids) implements WordSelection {
    public Ids {
      ids = Set.copyOf(ids);
    }

    @Override
    public boolean selects(VocId id, Spelling spelling) {
      return ids.contains(id);
    }
  }

  /** The words with these spellings, ignoring case. */
  record Spellings(Set<Spelling> spellings) implements WordSelection {
    public Spellings {
      spellings = Set.copyOf(spellings);
    }

    @Override
    public boolean selects(VocId id, Spelling spelling) {
      return spellings.stream().anyMatch(spelling::sameIgnoringCase);
    }
  }
}
