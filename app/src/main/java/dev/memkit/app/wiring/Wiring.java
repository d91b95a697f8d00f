package dev.memkit.app.wiring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.memkit.app.config.Environment;
import dev.memkit.port.Sleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds memkit's object graph for an environment. This is where it is decided which backend
 * modules to install (those the user configured); the modules themselves only bind.
 */
public final class Wiring {

  private Wiring() {}

  /** The production graph: the system clock, real waiting, the command line and every backend. */
  public static Injector production(Environment environment) {
    return injector(environment, Clock.systemDefaultZone(), Sleeper.system(), backends());
  }

  /**
   * The modules of memkit's backends. Tests that want the real local store (on a file under a
   * temporary directory, through {@code MEMKIT_DB} or {@code --db}) add this to {@link #injector}.
   */
  public static Module backends() {
    return new LocalModule();
  }

  /**
   * A graph with the given time and waiting, plus {@code extra} modules (tests bind fakes this
   * way).
   */
  public static Injector injector(
      Environment environment, Clock clock, Sleeper sleeper, Module... extra) {
    List<Module> modules = new ArrayList<>();
    modules.add(new CoreModule(environment, clock, sleeper));
    modules.add(new CliModule());
    modules.add(binder -> binder.bind(OpenResources.class).in(com.google.inject.Singleton.class));
    modules.addAll(List.of(extra));
    // DEVELOPMENT stage: singletons are built on first use, which keeps `memkit --version` fast.
    return Guice.createInjector(Stage.DEVELOPMENT, modules);
  }
}
