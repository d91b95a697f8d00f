package dev.memkit.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardContentTest {

  private static final String EMOJI = "\uD83E\uDDE0"; // one code point, two chars

  @Test
  void shouldKeepBothSidesWhenContentIsValid() {
    CardContent content = CardContent.of("la mesa", "the table").get();

    assertThat(content.question()).isEqualTo("la mesa");
    assertThat(content.answer()).isEqualTo("the table");
  }

  @Test
  void shouldAcceptSidesWhenTheyHaveExactly10000Characters() {
    String side = "q".repeat(10_000);

    assertThat(CardContent.of(side, side).isValid()).isTrue();
  }

  @Test
  void shouldRejectQuestionWhenItHas10001Characters() {
    var result = CardContent.of("q".repeat(10_001), "answer");

    assertThat(result.getError())
        .singleElement()
        .extracting(Violation::field)
        .isEqualTo("question");
    assertThat(result.getError().head().message()).contains("10000").contains("10001");
  }

  @Test
  void shouldRejectAnswerWhenItHas10001Characters() {
    var result = CardContent.of("question", "a".repeat(10_001));

    assertThat(result.getError()).singleElement().extracting(Violation::field).isEqualTo("answer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void shouldRejectQuestionWhenItIsBlank(String blank) {
    var result = CardContent.of(blank, "answer");

    assertThat(result.getError())
        .singleElement()
        .isEqualTo(Violation.of("question", "must not be blank"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void shouldRejectAnswerWhenItIsBlank(String blank) {
    var result = CardContent.of("question", blank);

    assertThat(result.getError())
        .singleElement()
        .isEqualTo(Violation.of("answer", "must not be blank"));
  }

  @Test
  void shouldReportBothSidesWhenBothAreInvalid() {
    var result = CardContent.of(" ", "a".repeat(10_001));

    assertThat(result.getError())
        .extracting(Violation::field)
        .containsExactly("question", "answer");
  }

  @Test
  void shouldCountCodePointsWhenSidesAreEmoji() {
    String tenThousand = EMOJI.repeat(10_000); // 20,000 chars

    assertThat(CardContent.of(tenThousand, tenThousand).isValid()).isTrue();
    assertThat(CardContent.of(EMOJI.repeat(10_001), "a").getError())
        .extracting(Violation::field)
        .containsExactly("question");
  }

  @Test
  void shouldThrowWhenConstructedDirectlyWithInvalidContent() {
    assertThatThrownBy(() -> new CardContent("", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("question")
        .hasMessageContaining("answer");
  }
}
