package dev.memkit.domain.word;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A word in the study plan and its history. Dates are Beijing study days ({@link BeijingDay}): when
 * it was added, first and last studied, and when it is next due (none for a word not scheduled
 * yet). {@code studyCount} grows by at most one a day.
 */
public record StudyRecord(
    VocId vocId,
    Spelling spelling,
    LocalDate addDate,
    Option<LocalDate> firstStudyDate,
    Option<LocalDate> lastStudyDate,
    Option<LocalDate> nextStudyDate,
    Option<StudyResponse> lastResponse,
    int studyCount,
    Set<StudyTag> tags) {

  public StudyRecord {
    Objects.requireNonNull(vocId, "vocId");
    Objects.requireNonNull(spelling, "spelling");
    Objects.requireNonNull(addDate, "addDate");
    Objects.requireNonNull(firstStudyDate, "firstStudyDate");
    Objects.requireNonNull(lastStudyDate, "lastStudyDate");
    Objects.requireNonNull(nextStudyDate, "nextStudyDate");
    Objects.requireNonNull(lastResponse, "lastResponse");
    if (studyCount < 0) {
      throw new IllegalArgumentException("study count must not be negative: " + studyCount);
    }
    tags = Set.copyOf(tags.isEmpty() ? EnumSet.noneOf(StudyTag.class) : EnumSet.copyOf(tags));
  }

  public boolean hasTag(StudyTag tag) {
    return tags.contains(tag);
  }

  /** The same record due next on {@code day}. */
  public StudyRecord withNextStudyDate(Option<LocalDate> day) {
    return new StudyRecord(
        vocId,
        spelling,
        addDate,
        firstStudyDate,
        lastStudyDate,
        day,
        lastResponse,
        studyCount,
        tags);
  }
}
