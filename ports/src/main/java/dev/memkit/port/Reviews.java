package dev.memkit.port;

import dev.memkit.domain.card.CardId;
import dev.memkit.domain.schedule.Grade;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * Grading answers and scheduling cards (Memjogger's marks and {@code next_exam_date}).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Dates are study days of the backend: the day a card is next due, counted from the backend's
 *       today (Memjogger: the {@code client_date} sent; a local store: the user's zone and rollover
 *       hour).
 *   <li>The scheduler is the backend's (Memjogger's own, SM-2 or FSRS-6 locally), so exact
 *       intervals differ between backends. Every backend agrees that a {@link Grade#PERFECT} review
 *       schedules the card on a later day than today, and that a failed grade never schedules it
 *       later than a passed one would have.
 *   <li>Marking is not idempotent: each call is one more review. A missing card gives {@link
 *       Failure.NotFound} and records nothing.
 * </ul>
 */
public interface Reviews {

  /**
   * Records a review of the card with {@code grade} now and returns the study day it is next due
   * (Memjogger's {@code next_exam_date}).
   */
  Either<Failure, LocalDate> mark(CardId card, Grade grade);

  /**
   * The study day the card is next due: before today when it is overdue, today or tomorrow for a
   * card just added (see {@link Cards}).
   */
  Either<Failure, LocalDate> nextDue(CardId card);
}
