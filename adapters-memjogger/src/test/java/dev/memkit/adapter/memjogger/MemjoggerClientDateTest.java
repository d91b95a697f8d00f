package dev.memkit.adapter.memjogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import dev.memkit.testkit.emulator.memjogger.RecordedRequest;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code client_date} is today in the user's zone by the injected clock. At 2026-01-05T12:00Z it is
 * still the 5th in UTC (the emulator's own zone) but already the 6th in Auckland.
 */
class MemjoggerClientDateTest {

  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  private static final String SIXTH = "2026-01-06";

  private final MutableClock clock =
      MutableClock.at(Instant.parse("2026-01-05T12:00:00Z"), ZoneOffset.UTC);
  private final MemjoggerEmulator emulator = MemjoggerEmulator.create(clock).start();
  private final EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, AUCKLAND);
  private final Memjogger memjogger = backend.memjogger;

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void shouldSendTheUsersDateWhenItDiffersFromUtc() {
    Deck deck = memjogger.decks().create(DeckName.of("Spanish").get()).get();
    Card card = memjogger.cards().add(deck.id(), new CardContent("uno", "one")).get();
    memjogger.reviews().mark(card.id(), Grade.PERFECT).get();
    memjogger.decks().list().get();
    memjogger.decks().get(deck.id()).get();
    memjogger.forecasts().forecast(Option.none(), 7).get();

    assertThat(emulator.requests("POST /api/cardset/" + deck.id() + "/cards").get(0).body())
        .contains("\"client_date\":\"" + SIXTH + "\"");
    assertThat(emulator.requests("POST /api/card/" + card.id() + "/mark").get(0).body())
        .contains("\"client_date\":\"" + SIXTH + "\"")
        .contains("\"mark\":5");
    assertThat(emulator.requests("GET /api/cardset"))
        .extracting(RecordedRequest::query)
        .containsOnly("client_date=" + SIXTH);
    assertThat(emulator.requests("GET /api/cardset/" + deck.id()).get(0).query())
        .isEqualTo("client_date=" + SIXTH);
  }

  @Test
  void shouldScheduleFromTheUsersDateWhenAddingAndMarking() {
    Deck deck = memjogger.decks().create(DeckName.of("Spanish").get()).get();

    Card card = memjogger.cards().add(deck.id(), new CardContent("uno", "one")).get();
    LocalDate next = memjogger.reviews().mark(card.id(), Grade.PERFECT).get();

    assertThat(card.state())
        .isEqualTo(new ReviewState.Fresh(Instant.parse("2026-01-06T11:00:00Z")));
    assertThat(next).isEqualTo(LocalDate.parse("2026-01-07"));
    assertThat(memjogger.forecasts().forecast(Option.some(deck.id()), 2).get().days())
        .containsEntry(LocalDate.parse(SIXTH), 0)
        .containsEntry(LocalDate.parse("2026-01-07"), 1);
  }

  @Test
  void shouldListDueCardsOfTheGivenDayWhenAskingForDueCards() {
    Deck deck = memjogger.decks().create(DeckName.of("Spanish").get()).get();
    memjogger.cards().add(deck.id(), new CardContent("uno", "one")).get();

    var due =
        memjogger
            .cards()
            .listDue(deck.id(), LocalDate.parse("2026-01-07"), dev.memkit.port.PageRequest.first())
            .get();

    assertThat(due.items()).hasSize(1);
    assertThat(emulator.requests("GET /api/cardset/" + deck.id() + "/cards").get(0).query())
        .contains("client_date=2026-01-07");
  }
}
