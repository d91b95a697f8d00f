package dev.memkit.app.wiring;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.memkit.app.config.Environment;
import dev.memkit.app.config.Settings;
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

  /**
   * The production graph: the system clock, real waiting, the command line and every configured
   * backend.
   */
  public static Injector production(Environment environment) {
    Clock clock = Clock.systemDefaultZone();
    Sleeper sleeper = Sleeper.system();
    return injector(
        environment, clock, sleeper, backends(Settings.from(environment), clock, sleeper));
  }

  /**
   * The modules of the backends {@code settings} configure: the local store always, each remote
   * backend when its settings are complete. Tests that want the real local store (on a file under a
   * temporary directory, through {@code MEMKIT_DB} or {@code --db}) or an emulated service add this
   * to {@link #injector}.
   */
  public static Module backends(Settings settings, Clock clock, Sleeper sleeper) {
    List<Module> modules = new ArrayList<>();
    modules.add(new LocalModule());
    settings
        .memjogger()
        .toOption()
        .flatMap(configured -> configured)
        .forEach(memjogger -> modules.add(new MemjoggerModule(memjogger, clock, sleeper)));
    settings
        .memos()
        .toOption()
        .flatMap(configured -> configured)
        .forEach(memos -> modules.add(new MemosModule(memos, clock, sleeper)));
    settings
        .maimemo()
        .toOption()
        .flatMap(configured -> configured)
        .forEach(maimemo -> modules.add(new MaiMemoModule(maimemo, clock, sleeper)));
    return Modules.combine(modules);
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
    modules.add(binder -> binder.bind(OpenResources.class).in(Singleton.class));
    modules.addAll(List.of(extra));
    // DEVELOPMENT stage: singletons are built on first use, which keeps `memkit --version` fast.
    return Guice.createInjector(Stage.DEVELOPMENT, modules);
  }
}
