package dev.memkit.adapter.memjogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.adapter.memjogger.MemjoggerConfig.Login;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.port.Capability;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.port.Secret;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemjoggerTest {

  private final MutableClock clock = MutableClock.standard();
  private final MemjoggerEmulator emulator = MemjoggerEmulator.create(clock).start();
  private final EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
  private final Memjogger memjogger = backend.memjogger;

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void shouldRefuseTheConfigurationWhenTheBaseUriIsNotHttp() {
    MemjoggerConfig config =
        MemjoggerConfig.of(new Login.Token(Secret.of("t")), ZoneId.of("UTC"))
            .withBaseUri(URI.create("ftp://memjogger.com/api/"));

    var result = Memjogger.connect(config, clock, new VirtualSleeper(clock));

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(((Failure.Invalid) result.getLeft()).violations().head().field())
        .isEqualTo("baseUri");
  }

  @Test
  void shouldDefaultToTheDocumentedAddressWhenConfiguredPlainly() {
    MemjoggerConfig config =
        MemjoggerConfig.of(new Login.Token(Secret.of("tok-secret-value")), ZoneId.of("UTC"));

    assertThat(config.baseUri()).isEqualTo(URI.create("http://memjogger.com/api/"));
    assertThat(config.toString()).doesNotContain("tok-secret-value").contains("Secret[****]");
  }

  @Test
  void shouldDescribeTheBackendWhenAsked() {
    assertThat(Memjogger.descriptor().name()).isEqualTo("memjogger");
    assertThat(Memjogger.descriptor().capabilities())
        .containsExactlyInAnyOrder(
            Capability.DECKS,
            Capability.CARDS,
            Capability.CARD_IMPORTS,
            Capability.REVIEWS,
            Capability.FORECAST);
    assertThat(Memjogger.descriptor().configuration()).contains("MEMJOGGER_TOKEN");
  }

  @Test
  void shouldReportOnlyWhatMemjoggerKnowsWhenTheCardWasNotCreatedHere() {
    Deck deck = memjogger.decks().create(DeckName.of("Spanish").get()).get();
    Card created = memjogger.cards().add(deck.id(), new CardContent("uno", "one")).get();
    Memjogger elsewhere =
        Memjogger.connect(
                MemjoggerConfig.of(
                        new Login.Password(backend.account.email(), Secret.of(backend.password)),
                        ZoneId.of("UTC"))
                    .withBaseUri(emulator.baseUri()),
                clock,
                new VirtualSleeper(clock))
            .get();

    assertThat(created.state()).isInstanceOf(ReviewState.Fresh.class);
    assertThat(memjogger.cards().get(created.id()).get().state())
        .isInstanceOf(ReviewState.Fresh.class);
    assertThat(elsewhere.cards().get(created.id()).get().state())
        .isEqualTo(new ReviewState.Scheduled(created.due()));
    memjogger.reviews().mark(created.id(), Grade.PERFECT).get();
    assertThat(memjogger.cards().get(created.id()).get().state())
        .isInstanceOf(ReviewState.Scheduled.class);
  }

  @Test
  void shouldSendEveryMarkAsAJsonNumberWhenMarking() {
    Deck deck = memjogger.decks().create(DeckName.of("Spanish").get()).get();
    for (Grade grade : Grade.values()) {
      Card card = memjogger.cards().add(deck.id(), new CardContent("q" + grade, "a")).get();

      assertThat(memjogger.reviews().mark(card.id(), grade).isRight()).isTrue();
      assertThat(emulator.requests("POST /api/card/" + card.id() + "/mark").get(0).body())
          .contains("\"mark\":" + grade.value() + ",");
    }
  }

  @Test
  void shouldVisitEveryCardOnceWhenThePageSizeChangesDuringAWalk() {
    Deck deck = memjogger.decks().create(DeckName.of("Spanish").get()).get();
    List<Card> added = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      added.add(memjogger.cards().add(deck.id(), new CardContent("q" + i, "a" + i)).get());
    }

    var first = memjogger.cards().list(deck.id(), PageRequest.first(10)).get();
    var rest =
        Pages.all(
                first.next().map(c -> PageRequest.after(c, 7)).get(),
                page -> memjogger.cards().list(deck.id(), page))
            .get();

    List<Card> walked = new ArrayList<>(first.items());
    walked.addAll(rest);
    assertThat(walked).containsExactlyElementsOf(added);
  }

  @Test
  void shouldAskForPagesThatStartAtTheOffsetWhenChoosingTheSize() {
    assertThat(MemjoggerCards.limit(0, 50)).isEqualTo(50);
    assertThat(MemjoggerCards.limit(0, 500)).isEqualTo(MemjoggerCards.MAX_PAGE_SIZE);
    assertThat(MemjoggerCards.limit(20, 10)).isEqualTo(10);
    assertThat(MemjoggerCards.limit(20, 8)).isEqualTo(5);
    assertThat(MemjoggerCards.limit(23, 10)).isEqualTo(1);
  }
}
