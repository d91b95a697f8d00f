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
        local(settings),
        entry(KnownBackends.MAIMEMO, settings.maimemo(), s -> "token " + s.token().masked()),
        entry(
            KnownBackends.MEMOS, settings.memos(), s -> s.host() + ", token " + s.token().masked()),
        entry(KnownBackends.MEMJOGGER, settings.memjogger(), BackendCatalog::describe));
  }

  /**
   * The local store needs no account; reporting it must not create its file, so nothing is opened.
   */
  private static BackendEntry local(Settings settings) {
    Configuration configuration =
        settings
            .local()
            .fold(
                Configuration.Misconfigured::new,
                local ->
                    new Configuration.Configured(
                        "store "
                            + local.database()
                            + (java.nio.file.Files.exists(local.database())
                                ? ""
                                : " (created on first use)")
                            + ", days start at "
                            + local.dayStartsAt()
                            + " "
                            + local.zone()));
    return new BackendEntry(
        KnownBackends.LOCAL,
        configuration,
        Option.some(() -> io.vavr.control.Either.right("no account needed")));
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
