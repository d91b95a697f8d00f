package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged memkit jar as a user runs it: a separate JVM, real environment, real exit codes. */
class MemkitIT {

  @TempDir Path dir;

  private MemkitProcess memkit() {
    return MemkitProcess.in(dir);
  }

  @Test
  void shouldPrintTheVersionWhenRunAsAProgram() throws Exception {
    MemkitProcess.Run run = memkit().run("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("memkit 0.1.0");
  }

  @Test
  void shouldListBackendsWithoutLeakingTheTokenWhenConfiguredFromTheEnvironment() throws Exception {
    String token = "memos_pat_FAKE-it-token-0123456789";
    MemkitProcess.Run run =
        memkit()
            .with("MEMOS_HOST", "http://127.0.0.1:9")
            .with("MEMOS_TOKEN", token)
            .run("backends");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("memos", "configured: http://127.0.0.1:9");
    assertThat(run.out() + run.err()).doesNotContain(token);
  }

  @Test
  void shouldExitWithUsageCodeAndNoStackTraceWhenTheOptionIsUnknown() throws Exception {
    MemkitProcess.Run run = memkit().run("backends", "--no-such-option");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option").doesNotContain("\tat ");
  }
}
