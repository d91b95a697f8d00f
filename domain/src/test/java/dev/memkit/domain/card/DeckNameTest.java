package dev.memkit.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeckNameTest {

  private static final String EMOJI = "\uD83D\uDE00"; // one code point, two chars

  @Test
  void shouldAcceptNameWhenItHasOneCharacter() {
    assertThat(DeckName.of("a").get().value()).isEqualTo("a");
  }

  @Test
  void shouldAcceptNameWhenItHasExactly25Characters() {
    String name = "x".repeat(25);

    assertThat(DeckName.of(name).get().value()).isEqualTo(name);
  }

  @Test
  void shouldRejectNameWhenItHas26Characters() {
    var result = DeckName.of("x".repeat(26));

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError()).singleElement().extracting(Violation::field).isEqualTo("name");
    assertThat(result.getError().head().message()).contains("25").contains("26");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n "})
  void shouldRejectNameWhenItIsBlank(String blank) {
    var result = DeckName.of(blank);

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError())
        .singleElement()
        .isEqualTo(Violation.of("name", "must not be blank"));
  }

  @Test
  void shouldCountCodePointsWhenNameHas25Emoji() {
    String name = EMOJI.repeat(25); // 50 UTF-16 chars, 25 characters

    assertThat(DeckName.of(name).isValid()).isTrue();
  }

  @Test
  void shouldRejectNameWhenItHas26Emoji() {
    var result = DeckName.of(EMOJI.repeat(26));

    assertThat(result.getError()).singleElement().extracting(Violation::field).isEqualTo("name");
  }

  @Test
  void shouldKeepSurroundingSpacesWhenNameIsNotBlank() {
    assertThat(DeckName.of(" spanish ").get().value()).isEqualTo(" spanish ");
  }

  @Test
  void shouldThrowWhenConstructedDirectlyWithInvalidName() {
    assertThatThrownBy(() -> new DeckName("x".repeat(26)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void shouldPrintTheNameWhenConvertedToString() {
    assertThat(new DeckName("Verbs").toString()).isEqualTo("Verbs");
  }
}
