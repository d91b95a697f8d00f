package dev.memkit.port;

import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.StudyTag;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which study records to fetch: every given filter must hold. {@code nextFrom} and {@code nextTo}
 * bound the next study date, both inclusive, as Beijing study days; a bound excludes records with
 * no next study date. {@code tag} keeps the records carrying it. {@code limit} keeps only the first
 * records in the result's order (none: all of them); a count ignores it. Build with {@link #all()}
 * and the {@code with...} methods.
 */
public record RecordQuery(
    Option<LocalDate> nextFrom,
    Option<LocalDate> nextTo,
    WordSelection words,
    Option<StudyTag> tag,
    Option<Integer> limit) {

  public RecordQuery {
    Objects.requireNonNull(nextFrom, "nextFrom");
    Objects.requireNonNull(nextTo, "nextTo");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(limit, "limit");
    if (limit.exists(n -> n < 1)) {
      throw new IllegalArgumentException("a limit must be at least 1, was " + limit.get());
    }
  }

  /** Every record of the plan. */
  public static RecordQuery all() {
    return new RecordQuery(
        Option.none(), Option.none(), WordSelection.all(), Option.none(), Option.none());
  }

  /** Records next due from {@code from} to {@code to}, both days included. */
  public RecordQuery withNextStudyBetween(LocalDate from, LocalDate to) {
    return new RecordQuery(Option.some(from), Option.some(to), words, tag, limit);
  }

  /** Records next due on {@code from} or later. */
  public RecordQuery withNextStudyFrom(LocalDate from) {
    return new RecordQuery(Option.some(from), nextTo, words, tag, limit);
  }

  /** Records next due on {@code to} or earlier. */
  public RecordQuery withNextStudyUntil(LocalDate to) {
    return new RecordQuery(nextFrom, Option.some(to), words, tag, limit);
  }

  public RecordQuery withWords(WordSelection selection) {
    return new RecordQuery(nextFrom, nextTo, selection, tag, limit);
  }

  public RecordQuery withTag(StudyTag value) {
    return new RecordQuery(nextFrom, nextTo, words, Option.some(value), limit);
  }

  public RecordQuery withLimit(int value) {
    return new RecordQuery(nextFrom, nextTo, words, tag, Option.some(value));
  }

  /** Whether a record passes the filters (the limit aside). */
  public boolean matches(StudyRecord record) {
    Option<LocalDate> next = record.nextStudyDate();
    boolean inRange =
        nextFrom.forAll(from -> next.exists(day -> !day.isBefore(from)))
            && nextTo.forAll(to -> next.exists(day -> !day.isAfter(to)));
    return inRange && words.selects(record) && tag.forAll(record::hasTag);
  }
}
