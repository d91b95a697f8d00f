package dev.memkit.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import org.junit.jupiter.api.Test;

class NoteDraftTest {

  @Test
  void shouldDefaultToPrivateAndUnpinnedWhenOnlyContentIsGiven() {
    NoteDraft draft = NoteDraft.of("hello #world").get();

    assertThat(draft.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(draft.pinned()).isFalse();
    assertThat(draft.content()).isEqualTo("hello #world");
  }

  @Test
  void shouldRejectDraftWhenContentIsBlank() {
    assertThat(NoteDraft.of(" \n\t").getError())
        .containsExactly(Violation.of("content", "must not be blank"));
  }

  @Test
  void shouldAcceptDraftWhenContentIsExactlyTheByteLimit() {
    assertThat(NoteDraft.of("a".repeat(NoteDraft.MAX_CONTENT_BYTES)).isValid()).isTrue();
  }

  @Test
  void shouldRejectDraftWhenContentExceedsTheByteLimit() {
    assertThat(NoteDraft.of("a".repeat(NoteDraft.MAX_CONTENT_BYTES + 1)).getError())
        .extracting(Violation::field)
        .containsExactly("content");
  }

  @Test
  void shouldCountUtf8BytesNotCharactersWhenCheckingTheLimit() {
    // 学 is three bytes of UTF-8: 2731 of them are 8193 bytes, though only 2731 characters.
    String cjk = "学".repeat(2731);

    assertThat(NoteDraft.of(cjk).isInvalid()).isTrue();
    assertThat(NoteDraft.of("学".repeat(2730)).isValid()).isTrue();
  }

  @Test
  void shouldThrowWhenConstructedDirectlyWithBlankContent() {
    assertThatThrownBy(() -> new NoteDraft("", Visibility.PUBLIC, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepVisibilityAndPinnedWhenGiven() {
    NoteDraft draft = NoteDraft.of("x", Visibility.PUBLIC, true).get();

    assertThat(draft.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(draft.pinned()).isTrue();
  }
}
