package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aCardContent;
import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCardFaultsTest {

  private static final Failure DOWN = new Failure.Unavailable(Origin.local("fake"), "injected");

  private final MutableClock clock = MutableClock.standard();
  private final VirtualSleeper sleeper = new VirtualSleeper(clock);
  private final InMemoryCardBackend backend = InMemoryCardBackend.create(clock, sleeper);

  @Test
  void shouldFailTheNextCallsAndAddNothingWhenFailuresAreQueued() {
    backend.decks().faults().failNext(2, DOWN);

    assertThat(backend.decks().create(aDeckName()).getLeft()).isEqualTo(DOWN);
    assertThat(backend.decks().list().getLeft()).isEqualTo(DOWN);
    assertThat(success(backend.decks().list())).isEmpty();
    assertThat(backend.decks().faults().calls()).isEqualTo(3);
  }

  @Test
  void shouldLeaveOtherPortsWorkingWhenOnePortFails() {
    DeckId deck = success(backend.decks().create(aDeckName())).id();
    backend.cards().faults().failNext(1, DOWN);

    assertThat(backend.cards().add(deck, aCardContent()).getLeft()).isEqualTo(DOWN);

    assertThat(success(backend.decks().get(deck)).id()).isEqualTo(deck);
    assertThat(success(backend.forecasts().forecast(Option.none(), 7)).total()).isZero();
  }

  @Test
  void shouldRecordNoReviewWhenAMarkFails() {
    DeckId deck = success(backend.decks().create(aDeckName())).id();
    Card card = success(backend.cards().add(deck, aCardContent()));
    Failure limited =
        new Failure.RateLimited(Origin.local("fake"), Option.some(Duration.ofMinutes(1)));
    backend.reviews().faults().failNext(1, limited);

    assertThat(backend.reviews().mark(card.id(), Grade.PERFECT).getLeft()).isEqualTo(limited);

    assertThat(backend.history()).isEmpty();
    assertThat(success(backend.cards().get(card.id()))).isEqualTo(card);
  }

  @Test
  void shouldFailAWalkThroughPagesWhenAPageFails() {
    DeckId deck = success(backend.decks().create(aDeckName())).id();
    for (int i = 0; i < 15; i++) {
      success(backend.cards().add(deck, aCardContent()));
    }
    backend.cards().faults().failNext(1, DOWN);

    assertThat(Pages.all(PageRequest.first(10), page -> backend.cards().list(deck, page)).getLeft())
        .isEqualTo(DOWN);
  }

  @Test
  void shouldSpendLatencyInVirtualTimeBeforeTheCallRuns() {
    DeckId deck = success(backend.decks().create(aDeckName())).id();
    Instant start = clock.instant();
    backend.cards().faults().latency(Duration.ofSeconds(2));

    Card card = success(backend.cards().add(deck, aCardContent()));
    success(backend.cards().get(card.id()));

    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(4));
    assertThat(clock.instant()).isEqualTo(start.plusSeconds(4));
    assertThat(card.due()).isEqualTo(start.plusSeconds(2));
  }

  @Test
  void shouldWorkNormallyAgainWhenFaultsAreCleared() {
    backend.forecasts().faults().failNext(3, DOWN).latency(Duration.ofMinutes(1));

    backend.forecasts().faults().clear();

    assertThat(backend.forecasts().forecast(Option.none(), 7).isRight()).isTrue();
    assertThat(sleeper.slept()).isZero();
  }

  @Test
  void shouldAddNothingWhenAnImportFails() {
    DeckId deck = success(backend.decks().create(aDeckName())).id();
    backend.cardImports().faults().failNext(1, DOWN);

    assertThat(backend.cardImports().importBatch(deck, List.of(aCardContent())).getLeft())
        .isEqualTo(DOWN);

    assertThat(success(Pages.all(PageRequest.first(), p -> backend.cards().list(deck, p))))
        .isEmpty();
    assertThat(success(backend.cardImports().importBatch(deck, List.of(aCardContent()))).added())
        .hasSize(1);
  }

  @Test
  void shouldKeepTheSchedulerWhenSwitchingFails() {
    DeckId deck = success(backend.decks().create(aDeckName())).id();
    backend.deckSchedulers().faults().failNext(2, DOWN);

    assertThat(backend.deckSchedulers().use(deck, SchedulerKind.FSRS6).getLeft()).isEqualTo(DOWN);
    assertThat(backend.deckSchedulers().scheduler(deck).getLeft()).isEqualTo(DOWN);

    assertThat(success(backend.deckSchedulers().scheduler(deck))).isEqualTo(SchedulerKind.SM2);
  }

  @Test
  void shouldSpendLatencyWhenReadingHistory() {
    DeckId deck = success(backend.decks().create(aDeckName())).id();
    Card card = success(backend.cards().add(deck, aCardContent()));
    backend.reviewHistory().faults().latency(Duration.ofSeconds(3)).failNext(1, DOWN);

    assertThat(backend.reviewHistory().history(card.id()).getLeft()).isEqualTo(DOWN);
    assertThat(success(backend.reviewHistory().history(card.id()))).isEmpty();
    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(6));
  }
}
