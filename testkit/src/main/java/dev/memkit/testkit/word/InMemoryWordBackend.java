package dev.memkit.testkit.word;

import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Sleeper;
import dev.memkit.testkit.Faults;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * One in-memory MaiMemo-like account: a dictionary, the user's definitions, mnemonics, example
 * sentences and word lists, and a study plan, shared by six fakes (each with its own {@link
 * Faults}). Thread-safe: every fake locks the shared state.
 *
 * <p>Seed it with the {@code with...} methods (they change this backend and return it): the
 * dictionary starts empty, the user level is 1, and the plan holds nothing. Seeding a study record
 * or a today item also puts its word in the dictionary. Times come from the injected clock: the
 * daily creation cap and study days count Beijing days of it.
 *
 * <pre>{@code
 * var words = InMemoryWordBackend.create(clock, sleeper).withWords("apple", "carry with");
 * words.definitions().create(WordFixtures.vocIdOf("apple"), WordFixtures.aDefinition().build());
 * }</pre>
 */
public final class InMemoryWordBackend {

  private final WordState state;
  private final InMemoryVocabulary vocabulary;
  private final InMemoryDefinitions definitions;
  private final InMemoryMnemonics mnemonics;
  private final InMemorySentences sentences;
  private final InMemoryWordLists wordLists;
  private final InMemoryStudyPlan studyPlan;

  private InMemoryWordBackend(Clock clock, Sleeper sleeper) {
    state = new WordState(clock);
    vocabulary = new InMemoryVocabulary(state, new Faults(sleeper));
    definitions = new InMemoryDefinitions(state, new Faults(sleeper));
    mnemonics = new InMemoryMnemonics(state, new Faults(sleeper));
    sentences = new InMemorySentences(state, new Faults(sleeper));
    wordLists = new InMemoryWordLists(state, new Faults(sleeper));
    studyPlan = new InMemoryStudyPlan(state, new Faults(sleeper));
  }

  public static InMemoryWordBackend create(Clock clock, Sleeper sleeper) {
    return new InMemoryWordBackend(
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(sleeper, "sleeper"));
  }

  /** Adds words to the dictionary, with ids from {@link WordFixtures#vocIdOf}. */
  public InMemoryWordBackend withWords(String... spellings) {
    return withWords(Arrays.stream(spellings).map(WordFixtures::word).toList());
  }

  /** Adds words to the dictionary. */
  public InMemoryWordBackend withWords(Collection<Word> words) {
    synchronized (state) {
      words.forEach(state::addWord);
    }
    return this;
  }

  /** The user's level (MaiMemo unlocks advance review at 10). */
  public InMemoryWordBackend withUserLevel(int level) {
    if (level < 1) {
      throw new IllegalArgumentException("levels start at 1, was " + level);
    }
    synchronized (state) {
      state.userLevel = level;
    }
    return this;
  }

  /** Puts words in the study plan (replacing a word's earlier record). */
  public InMemoryWordBackend withRecords(Collection<StudyRecord> records) {
    synchronized (state) {
      for (StudyRecord record : records) {
        state.addWord(new Word(record.vocId(), record.spelling()));
        state.records.put(record.vocId(), record);
      }
    }
    return this;
  }

  public InMemoryWordBackend withRecords(StudyRecord... records) {
    return withRecords(Arrays.asList(records));
  }

  /** Puts words in today's study list (replacing a word's earlier item). */
  public InMemoryWordBackend withTodayItems(Collection<TodayItem> items) {
    synchronized (state) {
      for (TodayItem item : items) {
        state.addWord(new Word(item.vocId(), item.spelling()));
        state.today.put(item.vocId(), item);
      }
    }
    return this;
  }

  public InMemoryWordBackend withTodayItems(TodayItem... items) {
    return withTodayItems(Arrays.asList(items));
  }

  /** Today's study time, as progress reports it. */
  public InMemoryWordBackend withStudyTime(Duration studyTime) {
    if (studyTime.isNegative()) {
      throw new IllegalArgumentException("study time must not be negative: " + studyTime);
    }
    synchronized (state) {
      state.studyTime = studyTime;
    }
    return this;
  }

  /** How many definitions, mnemonics and sentences were created on Beijing day {@code day}. */
  public int createdOn(LocalDate day) {
    synchronized (state) {
      return state.createdPerDay.getOrDefault(day, 0);
    }
  }

  public InMemoryVocabulary vocabulary() {
    return vocabulary;
  }

  public InMemoryDefinitions definitions() {
    return definitions;
  }

  public InMemoryMnemonics mnemonics() {
    return mnemonics;
  }

  public InMemorySentences sentences() {
    return sentences;
  }

  public InMemoryWordLists wordLists() {
    return wordLists;
  }

  public InMemoryStudyPlan studyPlan() {
    return studyPlan;
  }
}
