package dev.memkit.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import dev.memkit.app.cli.BackendsCommand;
import dev.memkit.app.cli.MemkitCommand;
import dev.memkit.app.config.Environment;
import dev.memkit.app.usecase.BackendEntry;
import dev.memkit.app.usecase.BackendEntry.Configuration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WiringTest {

  @Test
  void shouldResolveEveryCommandWhenBuildingTheProductionGraph() {
    Injector injector =
        Wiring.production(
            Environment.of(Map.of("MAIMEMO_TOKEN", "t0ken-value-that-is-long-enough")));

    assertThat(injector.getInstance(MemkitCommand.class)).isNotNull();
    assertThat(injector.getInstance(BackendsCommand.class)).isNotNull();
    for (Class<?> command :
        List.of(
            dev.memkit.app.cli.DecksCommand.class,
            dev.memkit.app.cli.CardsCommand.class,
            dev.memkit.app.cli.CardsImportCommand.class,
            dev.memkit.app.cli.CardsExportCommand.class,
            dev.memkit.app.cli.ReviewCommand.class,
            dev.memkit.app.cli.DueCommand.class,
            dev.memkit.app.cli.NotesCommand.class,
            dev.memkit.app.cli.TagsCommand.class)) {
      assertThat(injector.getInstance(command)).isNotNull();
    }
    assertThat(injector.getInstance(dev.memkit.app.cli.UserTerminal.class)).isNotNull();
  }

  @Test
  void shouldKnowEveryBackendWhenOnlyOneIsConfigured() {
    Injector injector =
        Wiring.production(
            Environment.of(Map.of("MAIMEMO_TOKEN", "t0ken-value-that-is-long-enough")));

    List<BackendEntry> entries =
        injector.getInstance(
            com.google.inject.Key.get(new com.google.inject.TypeLiteral<List<BackendEntry>>() {}));

    assertThat(entries)
        .extracting(e -> e.backend().name())
        .containsExactly("local", "maimemo", "memos", "memjogger");
    assertThat(entries.get(1).configuration()).isInstanceOf(Configuration.Configured.class);
    assertThat(entries.get(2).configuration()).isInstanceOf(Configuration.NotConfigured.class);
  }
}
