package dev.memkit.app.usecase;

import static dev.memkit.app.usecase.CardBackends.card;
import static dev.memkit.app.usecase.CardBackends.deck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.InMemoryCardBackend;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DueReportTest {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryCardBackend backend = CardBackends.localLike(clock);
  private final DueReport report = new DueReport(backend.forecasts());

  @Test
  void shouldCountTodayOverdueAndEachDayWhenCardsAreDue() {
    Deck deck = deck(backend, "Words");
    card(backend, deck, "overdue");
    clock.advance(Duration.ofDays(2));
    card(backend, deck, "today");
    var later = card(backend, deck, "later");
    backend.reviews().mark(later.id(), Grade.PERFECT);

    DueForecast forecast = report.run(Option.some(deck), 30).get();

    assertThat(forecast.overdue()).isEqualTo(1);
    assertThat(forecast.dueToday()).isEqualTo(1);
    assertThat(forecast.days()).hasSize(30);
    assertThat(forecast.total()).isEqualTo(3);
  }

  @Test
  void shouldRefuseTheRangeWhenItIsOutOfBounds() {
    assertThat(report.run(Option.none(), 0).getLeft())
        .isInstanceOf(Failure.Invalid.class)
        .extracting(Failure::message)
        .isEqualTo("invalid input: days: must be between 1 and 3660 (was 0)");
    assertThat(report.run(Option.none(), 3661).isLeft()).isTrue();
  }
}
