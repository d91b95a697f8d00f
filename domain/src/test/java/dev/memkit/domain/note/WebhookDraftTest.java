package dev.memkit.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookDraftTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/hook",
        "http://localhost:8080/memos",
        "HTTPS://Example.com/a?b=c#d"
      })
  void shouldAcceptUrlWhenAbsoluteHttpOrHttps(String url) {
    assertThat(WebhookDraft.of("ci", url).map(WebhookDraft::url).get()).isEqualTo(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com/hook",
        "/relative/path",
        "example.com/hook",
        "mailto:a@b.c",
        "https:///no-host",
        "http://exa mple.com",
        ""
      })
  void shouldRejectUrlWhenNotAnAbsoluteWebUrl(String url) {
    assertThat(WebhookDraft.of("ci", url).getError())
        .extracting(Violation::field)
        .containsExactly("url");
  }

  @Test
  void shouldRejectUrlWhenLongerThanLimit() {
    String url = "https://example.com/" + "a".repeat(WebhookDraft.MAX_URL_LENGTH);

    assertThat(WebhookDraft.of("ci", url).isInvalid()).isTrue();
  }

  @Test
  void shouldReportNameAndUrlWhenBothAreInvalid() {
    assertThat(WebhookDraft.of(" ", "nope").getError())
        .extracting(Violation::field)
        .containsExactly("name", "url");
  }

  @Test
  void shouldThrowWhenConstructedDirectlyWithFtpUrl() {
    assertThatThrownBy(() -> new WebhookDraft("ci", URI.create("ftp://x.y")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
