package dev.memkit.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private static final String TOKEN = "memos_pat_FAKE-settings-token-0123";

  @Test
  void shouldConfigureNothingWhenTheEnvironmentIsEmpty() {
    Settings settings = Settings.from(Environment.of(Map.of()));

    assertThat(settings.maimemo().get().isEmpty()).isTrue();
    assertThat(settings.memos().get().isEmpty()).isTrue();
    assertThat(settings.memjogger().get().isEmpty()).isTrue();
  }

  @Test
  void shouldReadMemosWhenHostAndTokenAreSet() {
    Settings settings =
        Settings.from(
            Environment.of(
                Map.of("MEMOS_HOST", "https://notes.example.com", "MEMOS_TOKEN", TOKEN)));

    MemosSettings memos = settings.memos().get().get();
    assertThat(memos.host()).hasToString("https://notes.example.com");
    assertThat(memos.token().reveal()).isEqualTo(TOKEN);
    assertThat(memos.toString()).doesNotContain(TOKEN);
  }

  @Test
  void shouldReportEveryProblemWhenMemosIsHalfConfigured() {
    Settings settings = Settings.from(Environment.of(Map.of("MEMOS_HOST", "notes.example.com")));

    assertThat(settings.memos().getError())
        .extracting(v -> v.field())
        .containsExactly("MEMOS_TOKEN", "MEMOS_HOST");
  }

  @Test
  void shouldStripABearerPrefixWhenTheTokenWasPastedWithIt() {
    Settings settings =
        Settings.from(Environment.of(Map.of("MAIMEMO_TOKEN", "Bearer abc.def-ghi")));

    assertThat(settings.maimemo().get().get().token().reveal()).isEqualTo("abc.def-ghi");
  }

  @Test
  void shouldPreferEmailAndPasswordWhenMemjoggerHasBoth() {
    Settings settings =
        Settings.from(
            Environment.of(
                Map.of(
                    "MEMJOGGER_EMAIL", "me@example.com",
                    "MEMJOGGER_PASSWORD", "hunter2",
                    "MEMJOGGER_TOKEN", "239e2d1739db436be2eb711b688e06d0")));

    assertThat(settings.memjogger().get().get().login())
        .isInstanceOf(MemjoggerSettings.WithPassword.class);
    assertThat(settings.memjogger().get().get().toString()).doesNotContain("hunter2");
  }

  @Test
  void shouldAskForThePasswordWhenOnlyTheEmailIsSet() {
    Settings settings = Settings.from(Environment.of(Map.of("MEMJOGGER_EMAIL", "me@example.com")));

    assertThat(settings.memjogger().getError())
        .extracting(v -> v.field())
        .containsExactly("MEMJOGGER_PASSWORD");
  }

  @Test
  void shouldTreatBlankVariablesAsUnsetWhenRead() {
    Settings settings = Settings.from(Environment.of(Map.of("MAIMEMO_TOKEN", "  ")));

    assertThat(settings.maimemo().get().isEmpty()).isTrue();
  }

  @Test
  void shouldKeepTheLocalStoreUnderHomeWhenMemkitDbIsUnset() {
    Settings settings = Settings.from(Environment.of(Map.of("HOME", "/home/ada")));

    assertThat(settings.local().get().database())
        .isEqualTo(java.nio.file.Path.of("/home/ada/.memkit/memkit.db"));
    assertThat(settings.local().get().dayStartsAt()).isEqualTo(java.time.LocalTime.of(4, 0));
  }

  @Test
  void shouldReportBadZoneAndHourWhenTheyCannotBeRead() {
    Settings settings =
        Settings.from(
            Environment.of(Map.of("MEMKIT_ZONE", "Mars/Olympus", "MEMKIT_DAY_STARTS_AT", "25")));

    assertThat(settings.local().getError())
        .extracting(v -> v.field())
        .containsExactly("MEMKIT_ZONE", "MEMKIT_DAY_STARTS_AT");
  }
}
