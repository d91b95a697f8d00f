package dev.memkit.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.memkit.app.config.MemjoggerSettings;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.port.Sleeper;
import java.time.Clock;

/** Memjogger, installed when the user configured it; connects when a command first needs it. */
final class MemjoggerModule extends AbstractModule {

  private final MemjoggerSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;

  MemjoggerModule(MemjoggerSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  protected void configure() {
    MapBinder.newMapBinder(binder(), String.class, BackendSource.class)
        .addBinding(KnownBackends.MEMJOGGER.name())
        .toInstance(new MemjoggerSource(settings, clock, sleeper));
  }
}
