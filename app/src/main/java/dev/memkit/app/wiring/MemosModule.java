package dev.memkit.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.memkit.app.config.MemosSettings;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.port.Sleeper;
import java.time.Clock;

/**
 * A Memos server, installed when the user configured it; connects when a command first needs it.
 */
final class MemosModule extends AbstractModule {

  private final MemosSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;

  MemosModule(MemosSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  protected void configure() {
    MapBinder.newMapBinder(binder(), String.class, BackendSource.class)
        .addBinding(KnownBackends.MEMOS.name())
        .toInstance(new MemosSource(settings, clock, sleeper));
  }
}
