package dev.memkit.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.memkit.app.config.MaimemoSettings;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.port.Sleeper;
import java.time.Clock;

/** MaiMemo, installed when MAIMEMO_TOKEN is set; connects when a command first needs it. */
final class MaiMemoModule extends AbstractModule {

  private final MaimemoSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;

  MaiMemoModule(MaimemoSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  protected void configure() {
    MapBinder.newMapBinder(binder(), String.class, BackendSource.class)
        .addBinding(KnownBackends.MAIMEMO.name())
        .toInstance(new MaiMemoSource(settings, clock, sleeper));
  }
}
