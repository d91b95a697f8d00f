package dev.memkit.port;

import dev.memkit.domain.word.StudyProgress;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.List;

/**
 * The user's study plan on a word-learning backend: today's progress and items, the study records
 * of every word in the plan, adding words and bringing reviews forward. "Today" is the backend's
 * study day (MaiMemo: the Beijing day, accurate only once the user opened the app that day with
 * auto-sync on).
 *
 * <p>Queries are read-only and answer everything that matches, however many (an adapter pages or
 * slides date windows as the service needs). Batch writes accept any number of ids and answer how
 * many words they affected; ids that are unknown or not eligible are skipped, not failures.
 */
public interface StudyPlan {

  /** Today's progress: finished, target, study time. */
  Either<Failure, StudyProgress> progress();

  /** Today's items matching the query, in study order ({@link TodayItem#order()}). */
  Either<Failure, List<TodayItem>> today(TodayQuery query);

  /**
   * The records matching the query, ordered by next study date (earliest first; records without one
   * last), cut to the query's limit.
   */
  Either<Failure, List<StudyRecord>> records(RecordQuery query);

  /** How many records match the query, ignoring its limit. */
  Either<Failure, Long> count(RecordQuery query);

  /**
   * Adds the words to the plan; with {@code advance} they are also due for review at once (no level
   * needed). Words already in the plan, unknown ids and words beyond the account's word limit are
   * skipped. Answers how many words were added; repeating the call adds none.
   */
  Either<Failure, Integer> addWords(Collection<VocId> words, boolean advance);

  /**
   * Makes the words in the plan due for review now. Answers how many were advanced (words not in
   * the plan are skipped). MaiMemo unlocks this at user level 10: below it, {@link
   * Failure.Forbidden} with the reason {@code "level 10 required"}.
   */
  Either<Failure, Integer> advance(Collection<VocId> words);
}
