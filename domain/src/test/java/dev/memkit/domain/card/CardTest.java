package dev.memkit.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.Sm2State;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardTest {

  private static final Instant ADDED = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant TOMORROW = Instant.parse("2026-01-06T00:00:00Z");

  private final Card fresh =
      Card.of(
          CardId.of("12"),
          DeckId.of("1"),
          new CardContent("la mesa", "the table"),
          new ReviewState.Fresh(ADDED));

  @Test
  void shouldBeDueWhenItsStateSaysSo() {
    assertThat(fresh.due()).isEqualTo(ADDED);
  }

  @Test
  void shouldTakeTheNewDueWhenStateChanges() {
    Sm2State reviewed = new Sm2State(1, new BigDecimal("2.60"), 1, ADDED, TOMORROW);

    Card card = fresh.withState(reviewed);

    assertThat(card.due()).isEqualTo(TOMORROW);
    assertThat(card.content()).isEqualTo(fresh.content());
    assertThat(card.id()).isEqualTo(fresh.id());
  }

  @Test
  void shouldKeepScheduleWhenContentChanges() {
    Card card = fresh.withContent(new CardContent("la silla", "the chair"));

    assertThat(card.state()).isEqualTo(fresh.state());
    assertThat(card.content().question()).isEqualTo("la silla");
  }

  @Test
  void shouldTellTheNextDueWhenAReviewIsRecorded() {
    Sm2State after = new Sm2State(1, new BigDecimal("2.60"), 1, ADDED, TOMORROW);

    Review review = Review.of(fresh.id(), Grade.PERFECT, ADDED, fresh.state(), after);

    assertThat(review.nextDue()).isEqualTo(TOMORROW);
    assertThat(review.before()).isEqualTo(fresh.state());
  }

  @Test
  void shouldRejectBlankIdsWhenConstructed() {
    assertThatThrownBy(() -> CardId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeckId.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRenameDeckWhenGivenANewName() {
    Deck deck = Deck.of(DeckId.of("1"), new DeckName("Verbs"));

    Deck renamed = deck.withName(new DeckName("Nouns"));

    assertThat(renamed.id()).isEqualTo(deck.id());
    assertThat(renamed.name().value()).isEqualTo("Nouns");
  }
}
