package dev.memkit.app.cli;

import dev.memkit.app.usecase.ReviewSession;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The interactive review: for each card the question, the answer on space or Enter, the grade
 * meanings, a grade by digit key, the next due day; a summary at the end. {@code q}, Ctrl-C, Ctrl-D
 * and the end of input quit at any point; every grade given so far is already saved, since each is
 * saved when given.
 */
final class InteractiveReview {

  private final ReviewSession session;
  private final KeyInput keys;
  private final PrintWriter out;

  InteractiveReview(ReviewSession session, KeyInput keys, PrintWriter out) {
    this.session = session;
    this.keys = keys;
    this.out = out;
  }

  /** Runs the session; a failure to save a grade ends it (after the summary). */
  Either<Failure, ReviewSession.Summary> run() {
    List<Card> cards = session.cards();
    if (cards.isEmpty()) {
      out.println("Nothing to review: no card is due today.");
      out.flush();
      return Either.right(session.summary());
    }
    out.printf(
        "%d card%s to review. Space or Enter shows the answer, 0-5 grades it, q quits.%n",
        cards.size(), cards.size() == 1 ? "" : "s");
    for (int i = 0; i < cards.size(); i++) {
      Card card = cards.get(i);
      out.println();
      out.printf("[%d/%d] card %s%n", i + 1, cards.size(), card.id());
      out.println("Q: " + indented(card.content().question()));
      out.print("   (space: show answer, q: quit) ");
      out.flush();
      if (!waitForReveal()) {
        return quit();
      }
      out.println();
      out.println("A: " + indented(card.content().answer()));
      for (Grade grade : Grade.values()) {
        out.printf("   %d  %s%n", grade.value(), grade.meaning());
      }
      out.print("   grade 0-5 (q: quit): ");
      out.flush();
      Option<Grade> grade = waitForGrade();
      if (grade.isEmpty()) {
        return quit();
      }
      out.println(grade.get().value());
      Either<Failure, LocalDate> next = session.grade(card.id(), grade.get());
      if (next.isLeft()) {
        printSummary();
        return Either.left(next.getLeft());
      }
      out.println("   next due " + describe(next.get()));
      out.flush();
    }
    printSummary();
    return Either.right(session.summary());
  }

  private Either<Failure, ReviewSession.Summary> quit() {
    out.println();
    out.println("Stopped; every grade given is saved.");
    printSummary();
    return Either.right(session.summary());
  }

  /** True on space or Enter, false on a quit key; other keys are ignored. */
  private boolean waitForReveal() {
    while (true) {
      int key = keys.read();
      if (isQuit(key)) {
        return false;
      }
      if (key == ' ' || key == '\r' || key == '\n') {
        return true;
      }
    }
  }

  /** The grade of a digit key 0-5, none on a quit key; other keys are ignored. */
  private Option<Grade> waitForGrade() {
    while (true) {
      int key = keys.read();
      if (isQuit(key)) {
        return Option.none();
      }
      if (key >= '0' && key <= '5') {
        return Grade.of(key - '0').toOption();
      }
    }
  }

  private static boolean isQuit(int key) {
    return key == KeyInput.END
        || key == 'q'
        || key == 'Q'
        || key == KeyInput.CTRL_C
        || key == KeyInput.CTRL_D;
  }

  private void printSummary() {
    ReviewSession.Summary summary = session.summary();
    out.println();
    out.printf(
        "Reviewed %d card%s%s.%n",
        summary.reviewed(),
        summary.reviewed() == 1 ? "" : "s",
        summary.left() > 0 ? " (" + summary.left() + " left for later)" : "");
    if (summary.reviewed() > 0) {
      for (Map.Entry<Grade, Integer> entry : summary.perGrade().entrySet()) {
        out.printf(
            "   %d  %-48s %d%n",
            entry.getKey().value(), entry.getKey().meaning(), entry.getValue());
      }
    }
    summary.nextDue().forEach(day -> out.println("Next due: " + describe(day)));
    out.flush();
  }

  private String describe(LocalDate day) {
    long days = ChronoUnit.DAYS.between(session.today(), day);
    String when =
        days == 0
            ? "today"
            : days == 1 ? "tomorrow" : days < 0 ? "overdue" : "in " + days + " days";
    return day + " (" + when + ")";
  }

  /** Continuation lines of a multi-line side line up under its first. */
  private static String indented(String text) {
    return text.replace("\r\n", "\n").replace("\n", System.lineSeparator() + "   ");
  }
}
