package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.cli.FakeBackends.Run;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.SchedulerKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DueCommandTest {

  private final FakeBackends backends = new FakeBackends();
  private final Deck deck = backends.cards.decks().create(new DeckName("Words")).get();

  private void cards(int count) {
    for (int i = 0; i < count; i++) {
      backends
          .cards
          .cards()
          .add(deck.id(), new CardContent("q" + backends.clock.millis() + i, "a"));
    }
  }

  /** Two overdue cards, three due today, one due tomorrow (after an SM-2 review). */
  private void schedule() {
    backends.cards.deckSchedulers().use(deck.id(), SchedulerKind.SM2);
    cards(2);
    backends.clock.advance(Duration.ofDays(3));
    cards(3);
    Card reviewed = backends.cards.cards().add(deck.id(), new CardContent("reviewed", "a")).get();
    backends.cards.reviews().mark(reviewed.id(), Grade.PERFECT);
  }

  @Test
  void shouldPrintCountsATableAndPlainBarsWhenNotATerminal() {
    schedule();

    Run run = backends.run("due", "--days", "3");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Due today: 3   Overdue: 2   Due now: 5\n"
                + "\n"
                + "2026-01-08 today      3  "
                + "#".repeat(40)
                + "\n"
                + "2026-01-09 Fri        1  "
                + "#".repeat(13)
                + "\n"
                + "2026-01-10 Sat        0\n");
  }

  @Test
  void shouldDrawUnicodeBarsWhenWritingToATerminal() {
    schedule();
    backends.terminal.interactive(true);

    Run run = backends.run("due", "--days", "3");

    assertThat(run.out()).contains("3  " + "█".repeat(40) + "\n", "1  " + "█".repeat(13) + "▍\n");
  }

  @Test
  void shouldDrawPlainBarsWhenNoColorIsSet() {
    schedule();
    backends.terminal.interactive(true);
    backends.environment(Map.of("NO_COLOR", "1"));

    Run run = backends.run("due", "--days", "2");

    assertThat(run.out()).contains("#".repeat(40)).doesNotContain("█");
  }

  @Test
  void shouldShowAWeekWhenNoRangeIsGiven() {
    Run run = backends.run("due");

    assertThat(run.code()).isZero();
    assertThat(run.out().lines().filter(l -> l.startsWith("2026-"))).hasSize(7);
  }

  @Test
  void shouldPrintJsonWhenAskedForJson() {
    schedule();

    Run run = backends.run("due", "--days", "2", "--deck", "Words", "--json");

    assertThat(run.out().strip())
        .isEqualTo(
            "{\"today\":\"2026-01-08\",\"dueToday\":3,\"overdue\":2,\"total\":6,\"days\":["
                + "{\"date\":\"2026-01-08\",\"count\":3},{\"date\":\"2026-01-09\",\"count\":1}]}");
  }

  @Test
  void shouldExitWithInvalidWhenTheRangeIsOutOfBounds() {
    Run run = backends.run("due", "--days", "0");

    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err())
        .isEqualTo("memkit: invalid input: days: must be between 1 and 3660 (was 0)\n");
  }

  @Test
  void shouldExitWithNotFoundWhenTheDeckIsMissing() {
    assertThat(backends.run("due", "--deck", "Nope").code()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void shouldExitWithUsageWhenTheRangeIsNotANumber() {
    Run run = backends.run("due", "--days", "soon");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).doesNotContain("\tat ");
  }
}
