package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.usecase.ReviewSession;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.card.InMemoryCardBackend;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class InteractiveReviewTest {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryCardBackend backend =
      InMemoryCardBackend.create(clock, new VirtualSleeper(clock));
  private final Deck deck = backend.decks().create(new DeckName("Words")).get();
  private final StringWriter out = new StringWriter();

  private Either<Failure, ReviewSession.Summary> review(String keys) {
    ReviewSession session =
        ReviewSession.start(
                backend.decks(),
                backend.cards(),
                backend.reviews(),
                backend.forecasts(),
                Option.some(deck),
                10)
            .get();
    return new InteractiveReview(
            session, KeyInput.of(new StringReader(keys)), new PrintWriter(out, true))
        .run();
  }

  @Test
  void shouldShowTheAnswerOnlyAfterTheRevealKey() {
    backend.cards().add(deck.id(), new CardContent("question", "secret answer"));

    review("q");

    assertThat(out.toString()).contains("Q: question").doesNotContain("secret answer");
  }

  @Test
  void shouldTallyEveryGradeInTheSummaryWhenTheSessionEnds() {
    for (int i = 0; i < 3; i++) {
      backend.cards().add(deck.id(), new CardContent("q" + i, "a" + i));
    }

    ReviewSession.Summary summary = review("\n0\r5 5").get();

    assertThat(summary.reviewed()).isEqualTo(3);
    assertThat(summary.perGrade()).containsEntry(Grade.PERFECT, 2).containsEntry(Grade.BLACKOUT, 1);
    assertThat(out.toString()).contains("Reviewed 3 cards.", "Next due: 2026-01-06 (tomorrow)");
  }

  @Test
  void shouldLineUpMultiLineSidesUnderTheFirstLine() {
    backend.cards().add(deck.id(), new CardContent("line one\nline two", "a"));

    review("q");

    assertThat(out.toString()).contains("Q: line one" + System.lineSeparator() + "   line two");
  }

  @Test
  void shouldEndWithTheFailureAfterTheSummaryWhenAGradeCannotBeSaved() {
    backend.cards().add(deck.id(), new CardContent("q", "a"));
    backend.cards().add(deck.id(), new CardContent("r", "b"));
    Failure down = new Failure.Unavailable(Origin.local("fake"), "down");

    Either<Failure, ReviewSession.Summary> outcome = reviewFailingSecondMark(down);

    assertThat(outcome).isEqualTo(Either.left(down));
    assertThat(out.toString()).contains("Reviewed 1 card (1 left for later).");
  }

  private Either<Failure, ReviewSession.Summary> reviewFailingSecondMark(Failure down) {
    ReviewSession session =
        ReviewSession.start(
                backend.decks(),
                backend.cards(),
                backend.reviews(),
                backend.forecasts(),
                Option.some(deck),
                10)
            .get();
    KeyInput keys = KeyInput.of(new StringReader(" 4 4"));
    KeyInput failing =
        new KeyInput() {
          private int read;

          @Override
          public int read() {
            int key = keys.read();
            // Just before the second grade is typed, the backend goes down.
            if (++read == 4) {
              backend.reviews().faults().failNext(1, down);
            }
            return key;
          }

          @Override
          public void close() {}
        };
    return new InteractiveReview(session, failing, new PrintWriter(out, true)).run();
  }
}
