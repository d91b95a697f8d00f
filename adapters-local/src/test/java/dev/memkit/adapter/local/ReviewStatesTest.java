package dev.memkit.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.Sm2State;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every review state survives the card columns and the history text exactly. */
class ReviewStatesTest {

  private static final Instant LAST = Instant.parse("2026-03-29T01:30:00.123Z");
  private static final Instant DUE = Instant.parse("2026-04-17T02:00:00Z");

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  static List<ReviewState> states() {
    return List.of(
        new ReviewState.Fresh(LAST),
        new ReviewState.Scheduled(DUE),
        new Sm2State(0, new BigDecimal("2.50"), 1, LAST, DUE),
        new Sm2State(12, new BigDecimal("1.30"), 36500, LAST, DUE),
        new Sm2State(3, new BigDecimal("3"), 17, LAST, DUE),
        new FsrsState(FsrsState.Phase.LEARNING, 1, 0.1 + 0.2, 5.0, LAST, DUE),
        new FsrsState(FsrsState.Phase.REVIEW, 0, 36_500.000_000_001, Math.nextUp(1.0), LAST, DUE),
        new FsrsState(
            FsrsState.Phase.RELEARNING,
            0,
            Double.MIN_VALUE,
            10.0,
            LAST,
            LAST.plus(Duration.ofMinutes(10))));
  }

  @ParameterizedTest
  @MethodSource("states")
  void shouldReadTheSameStateWhenWrittenAsText(ReviewState state) {
    String text = ReviewStates.encode(state);

    assertThat(ReviewStates.decode(text)).isEqualTo(state);
    assertThat(text).doesNotContain("\n").doesNotContain(" ");
  }

  @ParameterizedTest
  @MethodSource("states")
  void shouldReadTheSameStateWhenWrittenToTheCardColumns(ReviewState state) {
    Database database = Database.open(local.file(), Duration.ofSeconds(1), local.clock()).get();
    try {
      Migrations.migrate(database).get();
      Card card =
          database
              .write(
                  handle -> {
                    handle.execute("INSERT INTO decks (name, scheduler) VALUES ('d', 'fsrs6')");
                    ReviewStates.bind(handle.createUpdate(CardRows.INSERT), state)
                        .bind("deck", 1L)
                        .bind("question", "q")
                        .bind("answer", "a")
                        .execute();
                    return CardRows.card(handle, CardId.of("1"));
                  })
              .get();

      assertThat(card.state()).isEqualTo(state);
    } finally {
      database.close();
    }
  }

  @Test
  void shouldKeepTheEasinessScaleWhenWritten() {
    Sm2State state = new Sm2State(1, new BigDecimal("2.60"), 1, LAST, DUE);

    Sm2State read = (Sm2State) ReviewStates.decode(ReviewStates.encode(state));

    assertThat(read.easiness().scale()).isEqualTo(2);
    assertThat(read.easiness().toPlainString()).isEqualTo("2.60");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "fresh",
        "fresh|soon",
        "fresh|1|2",
        "sm2|1|2.5|1|0",
        "sm2|1|two|1|0|0",
        "fsrs|LEANING|0|1.0|5.0|0|0",
        "anki|1"
      })
  void shouldFailAsCorruptWhenTheTextIsNotAState(String text) {
    assertThatThrownBy(() -> ReviewStates.decode(text)).isInstanceOf(StoreCorrupt.class);
  }

  @Test
  void shouldReportUnexpectedWhenAStoredStateIsCorrupt() throws Exception {
    LocalStore store = local.store();
    var deck = store.decks().create(new DeckName("d")).get();
    var card = store.cards().add(deck.id(), new CardContent("q", "a")).get();
    store.reviews().mark(card.id(), Grade.PERFECT).get();
    RawFile.execute(local.file(), "UPDATE reviews SET state_after = 'sm2|x'");

    Either<?, ?> history = store.reviewHistory().history(card.id());

    assertThat(history.isLeft()).isTrue();
    assertThat(history.getLeft())
        .isInstanceOf(Failure.Unexpected.class)
        .extracting(failure -> ((Failure) failure).message())
        .asString()
        .contains("review state")
        .contains(local.file().toString());
  }
}
