package dev.memkit.app.usecase;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.card.InMemoryCardBackend;
import java.time.LocalTime;

/** An in-memory card backend set up like the local store, with a few helpers for use case tests. */
final class CardBackends {

  private CardBackends() {}

  static InMemoryCardBackend localLike(MutableClock clock) {
    return InMemoryCardBackend.create(
        clock,
        new VirtualSleeper(clock),
        SchedulerKind.FSRS6,
        StudyDay.of(clock.getZone(), LocalTime.of(4, 0)));
  }

  static Deck deck(InMemoryCardBackend backend, String name) {
    return backend.decks().create(new DeckName(name)).get();
  }

  static Card card(InMemoryCardBackend backend, Deck deck, String question) {
    return backend.cards().add(deck.id(), new CardContent(question, "answer to " + question)).get();
  }
}
