package dev.memkit.app.transfer;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One card as a file holds it: its question and answer as written (not yet checked against the
 * rules for card content) and, when the file gives one, the day it is next due.
 */
public record CardRecord(String question, String answer, Option<LocalDate> due) {

  public CardRecord {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(due, "due");
  }

  public static CardRecord of(String question, String answer, Option<LocalDate> due) {
    return new CardRecord(question, answer, due);
  }
}
