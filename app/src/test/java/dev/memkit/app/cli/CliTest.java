package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.config.Environment;
import dev.memkit.app.wiring.Wiring;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTest {

  private static final String MEMOS_TOKEN = "memos_pat_FAKE-cli-token-0123456789";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    MutableClock clock = MutableClock.standard();
    return Cli.run(
        args,
        Wiring.injector(Environment.of(environment), clock, new VirtualSleeper(clock)),
        new PrintWriter(out, true),
        new PrintWriter(err, true));
  }

  @Test
  void shouldPrintUsageWithEveryCommandWhenAskedForHelp() {
    int code = run(Map.of(), "--help");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("Usage: memkit", "backends", "Exit codes")
        .contains("decks", "cards", "review", "due", "notes", "tags");
  }

  @Test
  void shouldPrintTheBuildVersionWhenAskedForTheVersion() {
    int code = run(Map.of(), "--version");

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("memkit 0.").contains("Java ");
  }

  @Test
  void shouldListEveryBackendWhenNothingIsConfigured() {
    int code = run(Map.of(), "backends");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("local", "maimemo", "memos", "memjogger")
        .contains("not configured: MAIMEMO_TOKEN")
        .contains("offers: vocabulary");
  }

  @Test
  void shouldShowConfiguredBackendsWithoutTheirSecretsWhenConfigured() {
    int code =
        run(
            Map.of("MEMOS_HOST", "https://notes.example.com", "MEMOS_TOKEN", MEMOS_TOKEN),
            "backends");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("configured: https://notes.example.com, token ****6789")
        .doesNotContain(MEMOS_TOKEN);
    assertThat(err.toString()).doesNotContain(MEMOS_TOKEN);
  }

  @Test
  void shouldPrintJsonWhenAskedForJson() {
    int code = run(Map.of("MEMOS_HOST", "not a url"), "backends", "--json");

    assertThat(code).isZero();
    assertThat(out.toString().strip())
        .startsWith("[{\"name\":\"local\"")
        .contains("\"name\":\"memos\",\"configuration\":\"incomplete: MEMOS_TOKEN: is not set;")
        .endsWith("}]");
  }

  @Test
  void shouldExitWithTheUsageCodeWhenTheCommandIsUnknown() {
    int code = run(Map.of(), "frobnicate");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Unmatched argument").doesNotContain("at dev.memkit");
  }

  @Test
  void shouldExitWithNotConfiguredWhenTheDefaultBackendIsNotInstalled() {
    int code = run(Map.of(), "decks", "list");

    assertThat(code).isEqualTo(ExitCodes.NOT_CONFIGURED);
    assertThat(err.toString())
        .isEqualTo("memkit: backend local is not configured; `memkit backends` says how\n");
  }

  @Test
  void shouldPrintEachSubcommandsHelpWhenAskedForIt() {
    for (String command : new String[] {"decks", "cards", "notes"}) {
      out.getBuffer().setLength(0);
      int code = run(Map.of(), command, "--help");

      assertThat(code).isZero();
      assertThat(out.toString()).contains("Usage: memkit " + command, "list");
    }
    out.getBuffer().setLength(0);
    assertThat(run(Map.of(), "cards", "import", "--help")).isZero();
    assertThat(out.toString()).contains("--deck=NAME", "--format=csv|jsonl");
  }

  @Test
  void shouldBuildOnlyTheCommandALineRunsWhenItNamesOne() {
    assertThat(Cli.needed(new String[] {"--version"})).isEmpty();
    assertThat(Cli.needed(new String[] {"decks", "list", "--json"}))
        .containsExactly(DecksCommand.class);
    assertThat(Cli.needed(new String[] {"--help"})).isEqualTo(MemkitCommand.SUBCOMMANDS);
    assertThat(Cli.needed(new String[] {"deks"})).isEqualTo(MemkitCommand.SUBCOMMANDS);
    assertThat(Cli.needed(new String[] {})).isEqualTo(MemkitCommand.SUBCOMMANDS);
  }
}
