package dev.memkit.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.memkit.app.cli.BackendsCommand;
import dev.memkit.app.cli.DecksCommand;
import dev.memkit.app.cli.MemkitCommand;
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
    bind(MemkitCommand.class);
    bind(BackendsCommand.class);
    bind(DecksCommand.class);
  }
}
