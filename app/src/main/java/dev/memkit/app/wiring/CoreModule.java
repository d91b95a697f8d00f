package dev.memkit.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import dev.memkit.app.config.Environment;
import dev.memkit.app.config.Settings;
import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendEntry;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.app.usecase.CheckBackends;
import dev.memkit.port.Backend;
import dev.memkit.port.Sleeper;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What every part of memkit shares: time, waiting, the environment and the configured backends. */
final class CoreModule extends AbstractModule {

  private final Environment environment;
  private final Clock clock;
  private final Sleeper sleeper;

  CoreModule(Environment environment, Clock clock, Sleeper sleeper) {
    this.environment = environment;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  protected void configure() {
    binder().requireExplicitBindings();
    bind(Environment.class).toInstance(environment);
    bind(Clock.class).toInstance(clock);
    bind(Sleeper.class).toInstance(sleeper);
    // Each configured backend's module adds, under its name, either ready ports or a source that
    // opens them on
    // first use. Ready ports win (tests replace a backend with fakes that way).
    MapBinder.newMapBinder(binder(), String.class, BackendPorts.class);
    MapBinder.newMapBinder(binder(), String.class, BackendSource.class);
  }

  @Provides
  BackendChoice backendChoice(
      Map<String, BackendPorts> ready, Map<String, BackendSource> sources, Settings settings) {
    Map<String, BackendSource> installed = new HashMap<>(sources);
    ready.forEach((name, ports) -> installed.put(name, () -> Either.right(ports)));
    return new BackendChoice(
        installed,
        KnownBackends.ALL.stream().map(Backend::name).collect(Collectors.toSet()),
        settings.defaultBackend());
  }

  @Provides
  @Singleton
  Settings settings(Environment environment) {
    return Settings.from(environment);
  }

  @Provides
  @Singleton
  List<BackendEntry> backends(Settings settings, Map<String, BackendSource> sources) {
    return BackendCatalog.entries(settings, sources);
  }

  @Provides
  CheckBackends checkBackends(List<BackendEntry> backends) {
    return new CheckBackends(backends);
  }
}
