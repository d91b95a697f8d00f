package dev.memkit.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.Fsrs6Scheduler;
import dev.memkit.domain.schedule.FsrsSettings;
import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.Scheduler;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.Sm2Scheduler;
import dev.memkit.domain.schedule.Sm2State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schedules in the file are exactly what the domain's schedulers compute from the same states,
 * grades and moments; each test reopens the file, so what it checks was persisted.
 */
class SchedulesTest {

  private static final List<Grade> GRADES =
      List.of(
          Grade.CORRECT_AFTER_HESITATION,
          Grade.PERFECT,
          Grade.BLACKOUT,
          Grade.CORRECT_WITH_DIFFICULTY,
          Grade.WRONG_BUT_EASY,
          Grade.PERFECT,
          Grade.CORRECT_AFTER_HESITATION);

  private static final List<Duration> GAPS =
      List.of(
          Duration.ZERO,
          Duration.ofMinutes(10),
          Duration.ofDays(3),
          Duration.ofMinutes(12),
          Duration.ofHours(30),
          Duration.ofDays(2),
          Duration.ofDays(17));

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Test
  void shouldStoreWhatFsrs6ComputesWhenTheDeckUsesTheDefault() {
    Fsrs6Scheduler fsrs = Fsrs6Scheduler.create(FsrsSettings.DEFAULT);

    Expected expected = markAll(SchedulerKind.FSRS6, fsrs);

    assertPersisted(expected);
    assertThat(expected.states()).allMatch(FsrsState.class::isInstance);
  }

  @Test
  void shouldStoreWhatSm2ComputesWhenTheDeckUsesSm2() {
    Sm2Scheduler sm2 = Sm2Scheduler.create(LocalStoreExtension.STUDY_DAY);

    Expected expected = markAll(SchedulerKind.SM2, sm2);

    assertPersisted(expected);
    assertThat(expected.states()).allMatch(Sm2State.class::isInstance);
  }

  @Test
  void shouldScheduleWithTheConfiguredFsrsSettingsWhenGiven() {
    FsrsSettings strict = FsrsSettings.DEFAULT.withDesiredRetention(0.97);
    local.close();
    LocalStore store = local.open(local.config().withFsrs(strict));
    DeckId deck = store.decks().create(new DeckName("strict")).get().id();
    Card card = store.cards().add(deck, new CardContent("Haus", "house")).get();
    Instant at = local.clock().instant();

    store.reviews().mark(card.id(), Grade.PERFECT).get();
    ReviewState stored = store.cards().get(card.id()).get().state();
    store.close();

    ReviewState expected = Fsrs6Scheduler.create(strict).review(card.state(), Grade.PERFECT, at);
    ReviewState byDefault = Fsrs6Scheduler.create().review(card.state(), Grade.PERFECT, at);
    assertThat(stored).isEqualTo(expected);
    assertThat(expected.due()).isBefore(byDefault.due());
  }

  @Test
  void shouldConvertAnSm2StateWithFsrsWhenTheDeckSwitchesBack() {
    LocalStore store = local.store();
    DeckId deck = store.decks().create(new DeckName("switching")).get().id();
    store.deckSchedulers().use(deck, SchedulerKind.SM2).get();
    Card card = store.cards().add(deck, new CardContent("Baum", "tree")).get();
    store.reviews().mark(card.id(), Grade.PERFECT).get();
    ReviewState sm2 = store.cards().get(card.id()).get().state();
    store.deckSchedulers().use(deck, SchedulerKind.FSRS6).get();
    local.clock().advance(Duration.ofDays(1));
    Instant at = local.clock().instant();

    LocalDate next = store.reviews().mark(card.id(), Grade.CORRECT_AFTER_HESITATION).get();

    ReviewState expected = Fsrs6Scheduler.create().review(sm2, Grade.CORRECT_AFTER_HESITATION, at);
    Card reopened = local.reopen().cards().get(card.id()).get();
    assertThat(sm2).isInstanceOf(Sm2State.class);
    assertThat(reopened.state()).isEqualTo(expected);
    assertThat(next).isEqualTo(LocalStoreExtension.STUDY_DAY.dayOf(expected.due()));
  }

  /** Marks one card with {@link #GRADES}, {@link #GAPS} apart, computing the states alongside. */
  private Expected markAll(SchedulerKind kind, Scheduler scheduler) {
    LocalStore store = local.store();
    DeckId deck = store.decks().create(new DeckName(kind.label())).get().id();
    store.deckSchedulers().use(deck, kind).get();
    Card card = store.cards().add(deck, new CardContent("der Hund", "the dog")).get();
    ReviewState state = card.state();
    List<ReviewState> states = new ArrayList<>();
    List<LocalDate> nextDays = new ArrayList<>();
    for (int i = 0; i < GRADES.size(); i++) {
      local.clock().advance(GAPS.get(i));
      Instant at = local.clock().instant();
      LocalDate next = store.reviews().mark(card.id(), GRADES.get(i)).get();
      state = scheduler.review(state, GRADES.get(i), at);
      states.add(state);
      nextDays.add(next);
    }
    return new Expected(card, states, nextDays);
  }

  private void assertPersisted(Expected expected) {
    LocalStore store = local.reopen();
    Card card = store.cards().get(expected.card().id()).get();
    List<Review> history = store.reviewHistory().history(card.id()).get();
    List<ReviewState> last = expected.states();

    assertThat(card.state()).isEqualTo(last.get(last.size() - 1));
    assertThat(history).extracting(Review::after).containsExactlyElementsOf(last);
    assertThat(history).extracting(Review::grade).containsExactlyElementsOf(GRADES);
    assertThat(history.get(0).before()).isEqualTo(expected.card().state());
    for (int i = 0; i < last.size(); i++) {
      assertThat(expected.nextDays().get(i))
          .isEqualTo(LocalStoreExtension.STUDY_DAY.dayOf(last.get(i).due()));
    }
    assertThat(store.reviews().nextDue(card.id()).get())
        .isEqualTo(expected.nextDays().get(last.size() - 1));
  }

  private record Expected(Card card, List<ReviewState> states, List<LocalDate> nextDays) {}
}
