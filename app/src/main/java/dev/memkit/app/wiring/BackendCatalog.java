package dev.memkit.app.wiring;

import dev.memkit.app.config.MemjoggerSettings;
import dev.memkit.app.config.Settings;
import dev.memkit.app.usecase.BackendEntry;
import dev.memkit.app.usecase.BackendEntry.Configuration;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Backend;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.function.Function;

/** Turns the user's {@link Settings} into one {@link BackendEntry} per known backend. */
final class BackendCatalog {

  private BackendCatalog() {}

  static List<BackendEntry> entries(Settings settings) {
    return List.of(
        new BackendEntry(
            KnownBackends.LOCAL,
            new Configuration.Configured("embedded store (arrives with the local-store issue)"),
            Option.none()),
        entry(KnownBackends.MAIMEMO, settings.maimemo(), s -> "token " + s.token().masked()),
        entry(
            KnownBackends.MEMOS, settings.memos(), s -> s.host() + ", token " + s.token().masked()),
        entry(KnownBackends.MEMJOGGER, settings.memjogger(), BackendCatalog::describe));
  }

  private static <S> BackendEntry entry(
      Backend backend,
      Validation<Seq<Violation>, Option<S>> settings,
      Function<S, String> summary) {
    Configuration configuration =
        settings.fold(
            Configuration.Misconfigured::new,
            configured ->
                configured
                    .<Configuration>map(s -> new Configuration.Configured(summary.apply(s)))
                    .getOrElse(() -> new Configuration.NotConfigured(backend.configuration())));
    return new BackendEntry(backend, configuration, Option.none());
  }

  private static String describe(MemjoggerSettings settings) {
    if (settings.login() instanceof MemjoggerSettings.WithPassword password) {
      return "e-mail " + password.email() + ", password set";
    }
    return "token " + ((MemjoggerSettings.WithToken) settings.login()).token().masked();
  }
}
