package dev.memkit.adapter.memjogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.ExportFormat;
import dev.memkit.port.Failure;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import dev.memkit.testkit.emulator.memjogger.RecordedRequest;
import dev.memkit.testkit.emulator.memjogger.Subscription;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens and passwords never leave the wire: a session with every kind of failure is run, and the
 * request log, every failure's message and {@code toString}, and every query string are searched
 * for them.
 */
class MemjoggerRedactionTest {

  private final MutableClock clock = MutableClock.standard();
  private final MemjoggerEmulator emulator = MemjoggerEmulator.create(clock).start();

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void shouldNeverShowATokenOrThePasswordWhenASessionFailsInEveryWay() {
    EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
    Memjogger memjogger = backend.memjogger;
    List<Either<Failure, ?>> results = new ArrayList<>();

    Deck deck = memjogger.decks().create(DeckName.of("Spanish").get()).get();
    Card card = memjogger.cards().add(deck.id(), new CardContent("uno", "one")).get();
    results.add(memjogger.decks().create(DeckName.of("Spanish").get())); // conflict
    results.add(memjogger.cards().get(CardId.of("999999"))); // 404
    emulator.failNext(3);
    results.add(memjogger.decks().list()); // 500 three times
    emulator.failNext(1);
    results.add(memjogger.reviews().mark(card.id(), Grade.PERFECT)); // 500, not retried
    emulator.expireTokens();
    results.add(memjogger.cards().get(card.id())); // 401, logs in again
    emulator.rejectNext(2);
    results.add(memjogger.decks().list()); // 401 twice
    emulator.malformNext(1);
    results.add(memjogger.decks().list()); // unreadable
    emulator.dropNext(1);
    results.add(memjogger.cards().add(deck.id(), new CardContent("dos", "two"))); // dropped
    emulator.answerNext(422, "{\"errors\": [\"invalid_mark\"]}");
    results.add(memjogger.reviews().mark(card.id(), Grade.BLACKOUT));
    backend.account.subscription(Subscription.SUBSCRIPTION_EXPIRED);
    results.add(memjogger.cards().delete(card.id()));
    results.add(memjogger.exports().export(deck.id(), ExportFormat.XML));
    emulator.latency(Duration.ofMillis(10));
    results.add(memjogger.forecasts().forecast(Option.none(), 7));
    backend.account.password("changed");
    emulator.expireTokens();
    results.add(memjogger.decks().list()); // the login itself fails

    Set<String> tokens =
        emulator.requests().stream()
            .map(request -> request.header("X-Memjogger-Token"))
            .filter(Option::isDefined)
            .map(Option::get)
            .collect(Collectors.toSet());
    List<String> failures =
        results.stream()
            .filter(Either::isLeft)
            .map(Either::getLeft)
            .flatMap(failure -> java.util.stream.Stream.of(failure.message(), failure.toString()))
            .toList();
    assertThat(tokens).hasSizeGreaterThanOrEqualTo(2);
    assertThat(failures).hasSizeGreaterThanOrEqualTo(20);
    assertThat(backend.log).isNotEmpty().anyMatch(line -> line.contains("-> 401"));
    for (String secret : union(tokens, backend.password)) {
      assertThat(backend.log).noneMatch(line -> line.contains(secret));
      assertThat(failures).noneMatch(text -> text.contains(secret));
      assertThat(emulator.requests())
          .extracting(RecordedRequest::query)
          .noneMatch(query -> query.contains(secret));
    }
    assertThat(emulator.requests())
        .extracting(RecordedRequest::query)
        .noneMatch(q -> q.contains("token"));
  }

  @Test
  void shouldMaskAGivenTokenWhenItAppearsInALogLine() {
    EmulatedMemjogger backend = EmulatedMemjogger.withToken(emulator, clock);

    backend.memjogger.decks().list().get();

    String token = emulator.requests().get(0).header("X-Memjogger-Token").get();
    assertThat(backend.log).hasSize(1).noneMatch(line -> line.contains(token));
    assertThat(backend.log.get(0))
        .matches("GET /api/cardset\\?client_date=2026-01-05 -> 200 \\(\\d+ ms\\)");
  }

  private static Set<String> union(Set<String> tokens, String password) {
    Set<String> all = new java.util.HashSet<>(tokens);
    all.add(password);
    return all;
  }
}
