package dev.memkit.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {

  private static final String TOKEN = "239e2d1739db436be2eb711b688e06d0";

  @Test
  void shouldNeverShowTheValueWhenPrinted() {
    Secret secret = Secret.of(TOKEN);
    record Config(String host, Secret token) {}

    assertThat(secret.toString()).doesNotContain(TOKEN).isEqualTo("Secret[****]");
    assertThat(new Config("h", secret).toString()).doesNotContain(TOKEN);
    assertThat(secret.masked()).isEqualTo("****06d0");
    assertThat(secret.reveal()).isEqualTo(TOKEN);
  }

  @Test
  void shouldMaskShortSecretsCompletelyWhenMasked() {
    assertThat(Secret.of("abc123").masked()).isEqualTo("****");
  }

  @Test
  void shouldRejectBlankValuesWhenCreated() {
    assertThatThrownBy(() -> Secret.of("  ")).isInstanceOf(IllegalArgumentException.class);
  }
}
