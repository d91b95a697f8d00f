package dev.memkit.app.usecase;

import static dev.memkit.app.usecase.CardBackends.card;
import static dev.memkit.app.usecase.CardBackends.deck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.usecase.GradeCards.Graded;
import dev.memkit.app.usecase.GradeCards.Grading;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Failure;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.InMemoryCardBackend;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeCardsTest {

  private final InMemoryCardBackend backend = CardBackends.localLike(MutableClock.standard());
  private final Deck deck = deck(backend, "Words");
  private final GradeCards gradeCards = new GradeCards(backend.cards(), backend.reviews());

  @Test
  void shouldSaveEachGradeInOrderWhenEveryCardExists() {
    Card one = card(backend, deck, "one");
    Card two = card(backend, deck, "two");
    List<Graded> reported = new ArrayList<>();

    List<Graded> graded =
        gradeCards
            .run(
                List.of(
                    new Grading(one.id(), Grade.PERFECT), new Grading(two.id(), Grade.BLACKOUT)),
                reported::add)
            .get();

    assertThat(graded).isEqualTo(reported);
    assertThat(graded).extracting(Graded::card).containsExactly(one.id(), two.id());
    assertThat(graded.get(0).nextDue()).isEqualTo(backend.reviews().nextDue(one.id()).get());
    assertThat(backend.history())
        .extracting(r -> r.grade())
        .containsExactly(Grade.PERFECT, Grade.BLACKOUT);
  }

  @Test
  void shouldSaveNothingWhenAnyCardIsUnknown() {
    Card one = card(backend, deck, "one");

    var outcome =
        gradeCards.run(
            List.of(
                new Grading(one.id(), Grade.PERFECT), new Grading(CardId.of("999"), Grade.PERFECT)),
            g -> {});

    assertThat(outcome.getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(backend.history()).isEmpty();
  }

  @Test
  void shouldParseCardAndGradeWhenTypedAsIdEqualsGrade() {
    assertThat(Grading.parse("grade", "17=4").get())
        .isEqualTo(new Grading(CardId.of("17"), Grade.CORRECT_AFTER_HESITATION));
    assertThat(Grading.parse("grade", " a=b = 0 ").get())
        .isEqualTo(new Grading(CardId.of("a=b"), Grade.BLACKOUT));
  }

  @Test
  void shouldSayWhatIsWrongWhenTheGradingIsMalformed() {
    assertThat(Grading.parse("grade", "17").getError())
        .containsExactly(Violation.of("grade", "must be CARD_ID=GRADE, such as 17=4 (was 17)"));
    assertThat(Grading.parse("grade", "17=6").getError())
        .containsExactly(Violation.of("grade", "grade must be a number from 0 to 5 (was 6)"));
    assertThat(Grading.parse("grade", "17=x").isInvalid()).isTrue();
    assertThat(Grading.parse("grade", "=4").isInvalid()).isTrue();
    assertThat(Grading.parse("grade", " =4").isInvalid()).isTrue();
  }
}
