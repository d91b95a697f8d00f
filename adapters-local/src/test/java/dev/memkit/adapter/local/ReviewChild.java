package dev.memkit.adapter.local;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.testkit.MutableClock;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A child JVM reviewing cards: {@code ReviewChild DB DECK_ID}. Marks the deck's cards round and
 * round with every grade in turn, an hour apart on its own clock, printing {@code reviewed CARD_ID}
 * after each committed mark, until it is killed (or, after {@value #MAX_REVIEWS} reviews, prints
 * {@code done} and exits when stdin is closed).
 */
public final class ReviewChild {

  static final int MAX_REVIEWS = 200_000;

  private ReviewChild() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    DeckId deck = DeckId.of(args[1]);
    MutableClock clock = MutableClock.standard();
    Either<Failure, LocalStore> opened =
        LocalStore.open(LocalStoreConfig.of(db, LocalStoreExtension.STUDY_DAY), clock);
    if (opened.isLeft()) {
      Child.fail(opened.getLeft());
    }
    try (LocalStore store = opened.get()) {
      Either<Failure, Page<Card>> page =
          store.cards().list(deck, PageRequest.first(Keys.MAX_PAGE_SIZE));
      if (page.isLeft()) {
        Child.fail(page.getLeft());
      }
      List<Card> cards = page.get().items();
      Grade[] grades = Grade.values();
      for (int i = 0; i < MAX_REVIEWS; i++) {
        clock.advance(Duration.ofHours(1));
        Card card = cards.get(i % cards.size());
        Either<Failure, LocalDate> marked =
            store.reviews().mark(card.id(), grades[(i / cards.size() + i) % grades.length]);
        if (marked.isLeft()) {
          Child.fail(marked.getLeft());
        }
        Child.say("reviewed " + card.id());
      }
      Child.say("done");
      Child.listen();
    }
  }
}
