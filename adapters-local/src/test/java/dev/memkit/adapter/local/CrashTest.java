package dev.memkit.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.card.Review;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * kill -9 in the middle of writing: a child JVM imports or reviews, the test kills it once it has
 * reported enough, and then opens the file again. Whatever the child reported as saved is there; no
 * batch is half saved, no card half written, no review without its card's new state.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CrashTest {

  private static final int TOTAL = 20_000;
  private static final int BATCH = 500;

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Test
  void shouldKeepEveryReportedBatchWholeWhenKilledMidImport() throws Exception {
    DeckId deck = local.store().decks().create(new DeckName("crash")).get().id();
    local.close();
    int reported;
    int exit;
    try (Child child =
        Child.start(
            local.file().getParent(),
            ImportChild.class,
            local.file().toString(),
            deck.value(),
            "crash",
            Integer.toString(TOTAL),
            Integer.toString(BATCH))) {
      child.await("ready");
      child.send("go");
      reported = 0;
      while (reported < 2_000) {
        String line = child.readLine();
        assertThat(line).startsWith("saved ");
        reported = Integer.parseInt(line.substring("saved ".length()));
      }
      exit = child.kill();
    }

    assertThat(exit).as("killed, not ended").isNotZero();
    assertThat(RawFile.integrity(local.file())).isEqualTo("ok");
    List<Card> cards =
        Pages.all(
                PageRequest.first(Keys.MAX_PAGE_SIZE),
                page -> local.reopen().cards().list(deck, page))
            .get();
    assertThat(cards.size()).isGreaterThanOrEqualTo(reported).isLessThanOrEqualTo(TOTAL);
    assertThat(cards.size() % BATCH).as("whole batches only").isZero();
    for (int i = 0; i < cards.size(); i++) {
      // Batches commit in order, so the file holds exactly the first cards, complete.
      CardContent expected = ImportChild.content("crash", i);
      assertThat(cards.get(i).content()).isEqualTo(expected);
      assertThat(cards.get(i).content().question()).isNotBlank();
      assertThat(cards.get(i).content().answer()).isNotBlank();
    }
  }

  @Test
  void shouldKeepEveryReportedReviewWithItsCardsStateWhenKilledMidReview() throws Exception {
    DeckId deck = local.store().decks().create(new DeckName("reviews")).get().id();
    List<CardContent> contents = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      contents.add(ImportChild.content("review", i));
    }
    List<Card> cards = local.store().cardImports().importBatch(deck, contents).get().added();
    local.close();
    Map<CardId, Integer> reported = new HashMap<>();
    int total = 0;
    int exit;
    try (Child child =
        Child.start(
            local.file().getParent(), ReviewChild.class, local.file().toString(), deck.value())) {
      while (total < 600) {
        String line = child.readLine();
        assertThat(line).startsWith("reviewed ");
        reported.merge(CardId.of(line.substring("reviewed ".length())), 1, Integer::sum);
        total++;
      }
      exit = child.kill();
    }

    assertThat(exit).as("killed, not ended").isNotZero();
    assertThat(RawFile.integrity(local.file())).isEqualTo("ok");
    LocalStore store = local.reopen();
    int saved = 0;
    for (Card card : cards) {
      List<Review> history = store.reviewHistory().history(card.id()).get();
      saved += history.size();
      assertThat(history.size())
          .as("reviews of %s", card.id())
          .isGreaterThanOrEqualTo(reported.getOrDefault(card.id(), 0));
      Card now = store.cards().get(card.id()).get();
      assertThat(now.state())
          .as("state of %s", card.id())
          .isEqualTo(history.isEmpty() ? card.state() : history.get(history.size() - 1).after());
      for (int i = 1; i < history.size(); i++) {
        assertThat(history.get(i).before()).isEqualTo(history.get(i - 1).after());
      }
    }
    // Besides the reported ones, only reviews committed in the moment before the kill.
    assertThat(saved).isGreaterThanOrEqualTo(total);
    assertThat(RawFile.count(local.file(), "SELECT count(*) FROM reviews")).isEqualTo(saved);
  }
}
