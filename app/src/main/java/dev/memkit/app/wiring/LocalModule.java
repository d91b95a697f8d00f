package dev.memkit.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import dev.memkit.app.usecase.BackendSource;

/**
 * The local store, memkit's default backend: always installed, opened when a command first needs
 * it.
 */
final class LocalModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(LocalSource.class).in(Singleton.class);
    MapBinder.newMapBinder(binder(), String.class, BackendSource.class)
        .addBinding(KnownBackends.LOCAL.name())
        .to(LocalSource.class);
  }
}
