package dev.memkit.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.memkit.app.cli.BackendsCommand;
import dev.memkit.app.cli.CardsCommand;
import dev.memkit.app.cli.CardsExportCommand;
import dev.memkit.app.cli.CardsImportCommand;
import dev.memkit.app.cli.DecksCommand;
import dev.memkit.app.cli.DueCommand;
import dev.memkit.app.cli.GlobalOptions;
import dev.memkit.app.cli.MemkitCommand;
import dev.memkit.app.cli.NotesCommand;
import dev.memkit.app.cli.ReviewCommand;
import dev.memkit.app.cli.TagsCommand;
import dev.memkit.app.cli.UserTerminal;

/**
 * Binds the CLI's commands so picocli can take them, with their dependencies, from Guice, and the
 * terminal they talk to (the system's, unless a test sets another through the {@link
 * OptionalBinder}).
 */
final class CliModule extends AbstractModule {

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), UserTerminal.class)
        .setDefault()
        .toInstance(UserTerminal.system());
    bind(GlobalOptions.class).in(Singleton.class);
    bind(MemkitCommand.class);
    bind(BackendsCommand.class);
    bind(DecksCommand.class);
    bind(CardsCommand.class);
    bind(CardsImportCommand.class);
    bind(CardsExportCommand.class);
    bind(ReviewCommand.class);
    bind(DueCommand.class);
    bind(NotesCommand.class);
    bind(TagsCommand.class);
  }
}
