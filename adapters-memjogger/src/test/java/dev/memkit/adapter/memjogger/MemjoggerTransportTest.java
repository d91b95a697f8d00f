package dev.memkit.adapter.memjogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Server errors, lost connections, unreadable and slow answers: what is retried and what is not.
 */
class MemjoggerTransportTest {

  private final MutableClock clock = MutableClock.standard();
  private final MemjoggerEmulator emulator = MemjoggerEmulator.create(clock).start();
  private final EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
  private final Memjogger memjogger = backend.memjogger;
  private Deck deck;
  private Card card;

  @BeforeEach
  void setUp() {
    deck = memjogger.decks().create(DeckName.of("Spanish").get()).get();
    card = memjogger.cards().add(deck.id(), new CardContent("uno", "one")).get();
    emulator.clearRequests();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void shouldNeverRetryACreateWhenTheServiceFails() {
    emulator.failNext(1);

    var deckResult = memjogger.decks().create(DeckName.of("German").get());
    emulator.failNext(1);
    var cardResult = memjogger.cards().add(deck.id(), new CardContent("dos", "two"));

    assertThat(deckResult.getLeft()).isInstanceOf(Failure.Unavailable.class);
    assertThat(cardResult.getLeft()).isInstanceOf(Failure.Unavailable.class);
    assertThat(emulator.requests("POST /api/cardset")).hasSize(1);
    assertThat(emulator.requests("POST /api/cardset/" + deck.id() + "/cards")).hasSize(1);
    assertThat(backend.sleeper.slept()).isZero();
    assertThat(memjogger.decks().list().get()).containsExactly(deck);
  }

  @Test
  void shouldNeverRetryAMarkWhenTheServiceFails() {
    LocalDate before = memjogger.reviews().nextDue(card.id()).get();
    emulator.failNext(1);

    var marked = memjogger.reviews().mark(card.id(), Grade.PERFECT);

    assertThat(marked.getLeft()).isInstanceOf(Failure.Unavailable.class);
    assertThat(emulator.requests("POST /api/card/" + card.id() + "/mark")).hasSize(1);
    assertThat(memjogger.reviews().nextDue(card.id()).get()).isEqualTo(before);
  }

  @Test
  void shouldRetryAReadWithDoublingWaitsWhenTheServiceFailsTwice() {
    Instant start = clock.instant();
    emulator.failNext(2);

    var decks = memjogger.decks().list();

    assertThat(decks.get()).containsExactly(deck);
    assertThat(emulator.requests("GET /api/cardset")).hasSize(3);
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ofSeconds(3));
    assertThat(clock.instant()).isEqualTo(start.plusSeconds(3));
  }

  @Test
  void shouldGiveUpAfterThreeAttemptsWhenTheServiceStaysDown() {
    emulator.failNext(5);

    var result = memjogger.cards().get(card.id());

    assertThat(result.getLeft()).isInstanceOf(Failure.Unavailable.class);
    assertThat(result.getLeft().origin().httpStatus()).contains(500);
    assertThat(emulator.requests("GET /api/card/" + card.id())).hasSize(3);
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void shouldRetryRenamesEditsAndDeletesWhenTheServiceFails() {
    emulator.failNext(1);
    assertThat(memjogger.decks().rename(deck.id(), DeckName.of("Español").get()).isRight())
        .isTrue();
    emulator.failNext(1);
    assertThat(memjogger.cards().edit(card.id(), new CardContent("uno!", "one")).isRight())
        .isTrue();
    emulator.failNext(1);
    assertThat(memjogger.cards().delete(card.id()).isRight()).isTrue();

    assertThat(emulator.requests("PUT /api/cardset/" + deck.id())).hasSize(2);
    assertThat(emulator.requests("PUT /api/card/" + card.id())).hasSize(2);
    assertThat(emulator.requests("DELETE /api/card/" + card.id())).hasSize(2);
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void shouldBeUnavailableWithoutRetryWhenTheConnectionDropsDuringACreate() {
    emulator.dropNext(1);

    var result = memjogger.cards().add(deck.id(), new CardContent("dos", "two"));

    assertThat(result.getLeft()).isInstanceOf(Failure.Unavailable.class);
    assertThat(result.getLeft().message()).contains("connection closed");
    assertThat(emulator.requests("POST /api/cardset/" + deck.id() + "/cards")).hasSize(1);
  }

  @Test
  void shouldBeUnavailableWhenEveryConnectionOfAReadDrops() {
    emulator.dropNext(20);

    var result = memjogger.decks().list();

    assertThat(result.getLeft()).isInstanceOf(Failure.Unavailable.class);
    // The JDK's client may itself resend a GET on a fresh connection once per attempt.
    assertThat(emulator.requests("GET /api/cardset")).hasSizeBetween(3, 6);
    emulator.clearFaults();
  }

  @Test
  void shouldBeUnexpectedWithStatusAndRequestIdWhenTheBodyIsMalformed() {
    emulator.malformNext(1);

    var result = memjogger.decks().list();

    assertThat(result.getLeft()).isInstanceOf(Failure.Unexpected.class);
    assertThat(result.getLeft().origin().httpStatus()).contains(200);
    assertThat(result.getLeft().origin().requestId().isDefined()).isTrue();
    assertThat(emulator.requests("GET /api/cardset")).hasSize(1);
  }

  @Test
  void shouldBeUnavailableWhenTheAnswerIsSlowerThanTheReadTimeOut() {
    MemjoggerEmulator slow = MemjoggerEmulator.create(clock).start();
    try {
      // A given token: the slow call is the first, so no login has to beat the short time-out.
      EmulatedMemjogger impatient =
          EmulatedMemjogger.withToken(
              slow,
              clock,
              config -> config.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(100)));
      slow.latency(Duration.ofMillis(250));

      var result = impatient.memjogger.decks().create(DeckName.of("late").get());

      assertThat(result.getLeft()).isInstanceOf(Failure.Unavailable.class);
      assertThat(result.getLeft().message()).contains("no answer in time");
    } finally {
      slow.close();
    }
  }

  @Test
  void shouldBeUnavailableAfterRetriesWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    EmulatedMemjogger nowhere =
        EmulatedMemjogger.on(
            emulator,
            clock,
            config -> config.withBaseUri(URI.create("http://127.0.0.1:" + port + "/api/")));

    var result = nowhere.memjogger.decks().list();

    assertThat(result.getLeft()).isInstanceOf(Failure.Unavailable.class);
    assertThat(result.getLeft().message()).contains("connection refused");
    assertThat(nowhere.sleeper.slept()).isEqualTo(Duration.ofSeconds(3));
    assertThat(nowhere.log)
        .anyMatch(line -> line.contains("POST /api/user/login -> failed: connection refused"));
  }
}
