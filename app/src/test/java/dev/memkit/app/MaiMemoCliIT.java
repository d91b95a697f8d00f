package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.testkit.emulator.maimemo.MaiMemoEmulator;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged memkit configured for MaiMemo (the emulator on loopback): the backend is installed
 * and checked.
 */
class MaiMemoCliIT {

  private static final String TOKEN = "FAKE-maimemo-token-for-tests";

  @TempDir Path dir;

  private MaiMemoEmulator emulator;

  @BeforeEach
  void startEmulator() {
    emulator = MaiMemoEmulator.start(Clock.systemUTC(), TOKEN);
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private MemkitProcess.Run memkit(String token, String... args) throws Exception {
    return MemkitProcess.in(dir)
        .with("MAIMEMO_URL", emulator.baseUri().toString())
        .with("MAIMEMO_TOKEN", "Bearer " + token)
        .run(args);
  }

  @Test
  void shouldShowMaiMemoWithAnAcceptedTokenWhenConfigured() throws Exception {
    MemkitProcess.Run run = memkit(TOKEN, "backends");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("maimemo    configured: token ****")
        .contains("credentials: ok (token accepted)")
        .doesNotContain(TOKEN);
  }

  @Test
  void shouldReportTheRejectionWithoutTheTokenWhenTheTokenIsWrong() throws Exception {
    MemkitProcess.Run run = memkit("FAKE-wrong-maimemo-token", "backends");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("credentials: FAILED: not signed in to maimemo");
    assertThat(run.out() + run.err()).doesNotContain("FAKE-wrong-maimemo-token");
  }

  @Test
  void shouldSayUnsupportedWhenAskingMaiMemoForDecks() throws Exception {
    MemkitProcess.Run run = memkit(TOKEN, "decks", "list", "--backend", "maimemo");

    assertThat(run.code()).isEqualTo(11);
    assertThat(run.err()).contains("maimemo does not support");
  }
}
