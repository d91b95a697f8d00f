package dev.memkit.app.wiring;

import com.google.inject.AbstractModule;
import dev.memkit.app.cli.BackendsCommand;
import dev.memkit.app.cli.MemkitCommand;

/** Binds the CLI's commands so picocli can take them, with their dependencies, from Guice. */
final class CliModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(MemkitCommand.class);
    bind(BackendsCommand.class);
  }
}
