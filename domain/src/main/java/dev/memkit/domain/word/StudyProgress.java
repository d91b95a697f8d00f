package dev.memkit.domain.word;

import java.time.Duration;
import java.util.Objects;

/**
 * Today's progress in the study plan (a Beijing study day): words finished, today's target, and the
 * time spent studying.
 */
public record StudyProgress(int finished, int total, Duration studyTime) {

  public StudyProgress {
    if (finished < 0 || total < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: finished " + finished + ", total " + total);
    }
    Objects.requireNonNull(studyTime, "studyTime");
    if (studyTime.isNegative()) {
      throw new IllegalArgumentException("study time must not be negative: " + studyTime);
    }
  }

  /** Words still to study today; never negative (the user may study beyond the target). */
  public int remaining() {
    return Math.max(0, total - finished);
  }
}
