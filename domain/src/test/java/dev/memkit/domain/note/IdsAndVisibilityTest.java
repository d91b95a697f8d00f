package dev.memkit.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import org.junit.jupiter.api.Test;

class IdsAndVisibilityTest {

  @Test
  void shouldParseIdWhenTypedWithSurroundingSpaces() {
    assertThat(NoteId.parse("  abc ").get()).isEqualTo(new NoteId("abc"));
    assertThat(AttachmentId.parse("x").get()).isEqualTo(new AttachmentId("x"));
    assertThat(WebhookId.parse("7").get()).hasToString("7");
  }

  @Test
  void shouldRejectIdWhenBlank() {
    assertThat(NoteId.parse(" ").getError()).extracting(Violation::field).containsExactly("id");
    assertThatThrownBy(() -> new AttachmentId("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldParseVisibilityWhenWrittenInAnyCase() {
    assertThat(Visibility.parse("public").get()).isEqualTo(Visibility.PUBLIC);
    assertThat(Visibility.parse(" Protected ").get()).isEqualTo(Visibility.PROTECTED);
  }

  @Test
  void shouldRejectVisibilityWhenUnknown() {
    assertThat(Visibility.parse("secret").getError())
        .extracting(Violation::field)
        .containsExactly("visibility");
  }
}
