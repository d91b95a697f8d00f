package dev.memkit.app.usecase;

import static dev.memkit.app.usecase.CardBackends.card;
import static dev.memkit.app.usecase.CardBackends.deck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.usecase.ExportCards.Exported;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.InMemoryCardBackend;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExportCardsTest {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryCardBackend backend = CardBackends.localLike(clock);
  private final ExportCards export =
      new ExportCards(backend.decks(), backend.cards(), ZoneOffset.UTC);

  @Test
  void shouldVisitEveryCardOnceWhenTheDeckSpansManyPages() {
    Deck deck = deck(backend, "Big");
    backend
        .cardImports()
        .importBatch(
            deck.id(),
            IntStream.range(0, 1234).mapToObj(i -> new CardContent("q" + i, "a" + i)).toList());

    List<Either<Failure, Exported>> cards = export.cards(Option.some(deck)).toList();

    assertThat(cards).hasSize(1234).allMatch(Either::isRight);
    assertThat(cards.stream().map(c -> c.get().card().content().question()).distinct().count())
        .isEqualTo(1234);
  }

  @Test
  void shouldWalkEveryDeckWhenNoDeckIsGiven() {
    Deck first = deck(backend, "First");
    Deck second = deck(backend, "Second");
    card(backend, first, "one");
    card(backend, second, "two");

    List<Exported> cards = export.cards(Option.none()).map(Either::get).toList();

    assertThat(cards)
        .extracting(c -> c.deck().name().value() + ":" + c.card().content().question())
        .containsExactly("First:one", "Second:two");
  }

  @Test
  void shouldGiveTheDayEachCardIsNextDueWhenExporting() {
    Deck deck = deck(backend, "Days");
    var fresh = card(backend, deck, "fresh");
    var reviewed = card(backend, deck, "reviewed");
    LocalDate next = backend.reviews().mark(reviewed.id(), Grade.PERFECT).get();

    List<Exported> cards = export.cards(Option.some(deck)).map(Either::get).toList();

    assertThat(cards.get(0).card().id()).isEqualTo(fresh.id());
    assertThat(cards.get(0).due()).isEqualTo(LocalDate.parse("2026-01-05"));
    assertThat(cards.get(1).due()).isEqualTo(next).isAfter(LocalDate.parse("2026-01-05"));
  }

  @Test
  void shouldEndWithTheFailureWhenAPageCannotBeFetched() {
    Deck deck = deck(backend, "Flaky");
    card(backend, deck, "one");
    Failure down = new Failure.Unavailable(Origin.local("fake"), "down");
    backend.cards().faults().failNext(1, down);

    List<Either<Failure, Exported>> cards = export.cards(Option.some(deck)).toList();

    assertThat(cards).containsExactly(Either.left(down));
  }
}
