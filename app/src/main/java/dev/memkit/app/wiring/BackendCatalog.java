package dev.memkit.app.wiring;

import dev.memkit.app.config.MemjoggerSettings;
import dev.memkit.app.config.Settings;
import dev.memkit.app.usecase.BackendEntry;
import dev.memkit.app.usecase.BackendEntry.Configuration;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.app.usecase.CredentialCheck;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Account;
import dev.memkit.port.Backend;
import dev.memkit.port.Decks;
import dev.memkit.port.StudyPlan;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns the user's {@link Settings} into one {@link BackendEntry} per known backend. */
final class BackendCatalog {

  private BackendCatalog() {}

  /**
   * One entry per known backend; a configured one whose source is installed gets a credentials
   * check.
   */
  static List<BackendEntry> entries(Settings settings, Map<String, BackendSource> sources) {
    return List.of(
        local(settings),
        entry(
            KnownBackends.MAIMEMO, settings.maimemo(), s -> "token " + s.token().masked(), sources),
        entry(
            KnownBackends.MEMOS,
            settings.memos(),
            s -> s.host() + ", token " + s.token().masked(),
            sources),
        entry(KnownBackends.MEMJOGGER, settings.memjogger(), BackendCatalog::describe, sources));
  }

  /**
   * The cheapest call that proves the credentials: who am I where the backend says, else the list
   * of decks, else today's study progress.
   */
  private static CredentialCheck probe(BackendSource source) {
    return () ->
        source
            .open()
            .flatMap(
                ports -> {
                  if (ports.find(Account.class).isDefined()) {
                    return ports
                        .find(Account.class)
                        .get()
                        .whoAmI()
                        .map(user -> "signed in as " + user.username());
                  }
                  if (ports.find(Decks.class).isDefined()) {
                    return ports
                        .find(Decks.class)
                        .get()
                        .list()
                        .map(decks -> "signed in; " + decks.size() + " deck(s)");
                  }
                  return ports
                      .port(StudyPlan.class)
                      .flatMap(StudyPlan::progress)
                      .map(progress -> "token accepted");
                });
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
      Function<S, String> summary,
      Map<String, BackendSource> sources) {
    Configuration configuration =
        settings.fold(
            Configuration.Misconfigured::new,
            configured ->
                configured
                    .<Configuration>map(s -> new Configuration.Configured(summary.apply(s)))
                    .getOrElse(() -> new Configuration.NotConfigured(backend.configuration())));
    return new BackendEntry(
        backend, configuration, Option.of(sources.get(backend.name())).map(BackendCatalog::probe));
  }

  private static String describe(MemjoggerSettings settings) {
    if (settings.login() instanceof MemjoggerSettings.WithPassword password) {
      return "e-mail " + password.email() + ", password set" + server(settings);
    }
    return "token "
        + ((MemjoggerSettings.WithToken) settings.login()).token().masked()
        + server(settings);
  }

  private static String server(MemjoggerSettings settings) {
    return settings.baseUri().map(uri -> ", server " + uri).getOrElse("");
  }
}
