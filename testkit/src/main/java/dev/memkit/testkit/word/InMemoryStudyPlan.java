package dev.memkit.testkit.word;

import dev.memkit.domain.word.StudyProgress;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Failure;
import dev.memkit.port.RecordQuery;
import dev.memkit.port.StudyPlan;
import dev.memkit.port.TodayQuery;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link StudyPlan} of an {@link InMemoryWordBackend}. Progress is derived from today's items
 * (finished and total) and the configured study time. A word added to the plan is dated today (the
 * Beijing day of the clock) and has no next study date unless added with {@code advance}; advancing
 * (at user level 10 and above) makes a word due today. Either way the word joins today's items,
 * unfinished.
 */
public final class InMemoryStudyPlan implements StudyPlan, FaultInjectable {

  /** MaiMemo unlocks advance review (提前复习) at this user level. */
  public static final int ADVANCE_LEVEL = 10;

  private static final Comparator<StudyRecord> BY_NEXT_STUDY_DATE =
      Comparator.comparing(
          (StudyRecord r) -> r.nextStudyDate().getOrNull(),
          Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

  private final WordState state;
  private final Faults faults;

  InMemoryStudyPlan(WordState state, Faults faults) {
    this.state = state;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, StudyProgress> progress() {
    return faults.run(
        () -> {
          synchronized (state) {
            int finished =
                (int) state.today.values().stream().filter(TodayItem::isFinished).count();
            return Either.right(new StudyProgress(finished, state.today.size(), state.studyTime));
          }
        });
  }

  @Override
  public Either<Failure, List<TodayItem>> today(TodayQuery query) {
    return faults.run(
        () -> {
          synchronized (state) {
            return Either.right(
                state.today.values().stream()
                    .filter(query::matches)
                    .sorted(Comparator.comparingInt(TodayItem::order))
                    .toList());
          }
        });
  }

  @Override
  public Either<Failure, List<StudyRecord>> records(RecordQuery query) {
    return faults.run(
        () -> {
          synchronized (state) {
            Stream<StudyRecord> matching = matching(query).sorted(BY_NEXT_STUDY_DATE);
            return Either.right(
                query.limit().map(n -> matching.limit(n)).getOrElse(matching).toList());
          }
        });
  }

  @Override
  public Either<Failure, Long> count(RecordQuery query) {
    return faults.run(
        () -> {
          synchronized (state) {
            return Either.right(matching(query).count());
          }
        });
  }

  @Override
  public Either<Failure, Integer> addWords(Collection<VocId> words, boolean advance) {
    Set<VocId> asked = new LinkedHashSet<>(words);
    return faults.run(
        () -> {
          synchronized (state) {
            LocalDate today = state.today();
            int added = 0;
            for (VocId id : asked) {
              Word word = state.dictionary.get(id);
              if (word == null || state.records.containsKey(id)) {
                continue;
              }
              state.records.put(
                  id,
                  new StudyRecord(
                      id,
                      word.spelling(),
                      today,
                      Option.none(),
                      Option.none(),
                      advance ? Option.some(today) : Option.none(),
                      Option.none(),
                      0,
                      Set.of()));
              if (advance) {
                dueToday(state.records.get(id));
              }
              added++;
            }
            return Either.right(added);
          }
        });
  }

  @Override
  public Either<Failure, Integer> advance(Collection<VocId> words) {
    Set<VocId> asked = new LinkedHashSet<>(words);
    return faults.run(
        () -> {
          synchronized (state) {
            if (state.userLevel < ADVANCE_LEVEL) {
              return Either.left(new Failure.Forbidden(WordState.ORIGIN, "level 10 required"));
            }
            Option<LocalDate> today = Option.some(state.today());
            int advanced = 0;
            for (VocId id : asked) {
              StudyRecord record = state.records.get(id);
              if (record != null) {
                StudyRecord due = record.withNextStudyDate(today);
                state.records.put(id, due);
                dueToday(due);
                advanced++;
              }
            }
            return Either.right(advanced);
          }
        });
  }

  private Stream<StudyRecord> matching(RecordQuery query) {
    return state.records.values().stream().filter(query::matches);
  }

  /** Puts the word at the end of today's items, unless it is there already. */
  private void dueToday(StudyRecord record) {
    int order = state.today.values().stream().mapToInt(TodayItem::order).max().orElse(0) + 1;
    state.today.putIfAbsent(
        record.vocId(),
        new TodayItem(
            record.vocId(),
            record.spelling(),
            order,
            Option.none(),
            record.studyCount() == 0,
            false));
  }
}
