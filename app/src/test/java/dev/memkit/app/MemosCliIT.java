package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.testkit.emulator.memos.MemosEmulator;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged memkit against the Memos emulator (current dialect) on loopback, configured by the
 * environment.
 */
class MemosCliIT {

  @TempDir Path dir;

  private MemosEmulator emulator;

  @BeforeEach
  void startEmulator() {
    emulator = MemosEmulator.start(Clock.systemUTC());
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private MemkitProcess.Run memkit(String token, String... args) throws Exception {
    return MemkitProcess.in(dir)
        .with("MEMOS_HOST", emulator.baseUri().toString())
        .with("MEMOS_TOKEN", token)
        .run(args);
  }

  @Test
  void shouldShowMemosWithAVerifiedTokenWhenConfigured() throws Exception {
    MemkitProcess.Run run = memkit(MemosEmulator.TOKEN, "backends");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("memos      configured: " + emulator.baseUri())
        .contains("credentials: ok (signed in as ")
        .doesNotContain(MemosEmulator.TOKEN);
  }

  @Test
  void shouldWriteListSearchAndCountTagsWhenTheBackendIsMemos() throws Exception {
    MemkitProcess.Run added =
        memkit(MemosEmulator.TOKEN, "notes", "add", "Met #memkit/cli today", "--backend", "memos");
    MemkitProcess.Run listed =
        memkit(MemosEmulator.TOKEN, "notes", "list", "--backend", "memos", "--json");
    MemkitProcess.Run found =
        memkit(MemosEmulator.TOKEN, "notes", "search", "MET", "--backend", "memos");
    MemkitProcess.Run tags = memkit(MemosEmulator.TOKEN, "tags", "--backend", "memos");

    assertThat(added.code()).as(added.err()).isZero();
    assertThat(listed.out()).contains("Met #memkit/cli today");
    assertThat(found.out()).contains("Met #memkit/cli today");
    assertThat(tags.out()).contains("memkit/cli");
    assertThat(emulator.requests()).isNotEmpty();
  }

  @Test
  void shouldExitNotSignedInWhenTheServerRejectsTheToken() throws Exception {
    MemkitProcess.Run run =
        memkit("memos_pat_FAKE-wrong-token", "notes", "list", "--backend", "memos");

    assertThat(run.code()).isEqualTo(5);
    assertThat(run.err()).doesNotContain("memos_pat_FAKE-wrong-token").doesNotContain("\tat ");
  }
}
