package dev.memkit.domain.word;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A word of today's study list: its place in the study {@code order}, the first answer given today
 * (none until it was answered), whether it is new to the user, and whether it is finished today.
 */
public record TodayItem(
    VocId vocId,
    Spelling spelling,
    int order,
    Option<StudyResponse> firstResponse,
    boolean isNew,
    boolean isFinished) {

  public TodayItem {
    Objects.requireNonNull(vocId, "vocId");
    Objects.requireNonNull(spelling, "spelling");
    Objects.requireNonNull(firstResponse, "firstResponse");
  }
}
