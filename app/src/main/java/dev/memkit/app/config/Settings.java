package dev.memkit.app.config;

import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Secret;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Everything the user configured: for each remote backend, either its settings, nothing (not
 * configured), or the problems that keep it from being configured (a host without a token, a
 * malformed URL). A problem with one backend never hides the others.
 */
public record Settings(
    Validation<Seq<Violation>, Option<MaimemoSettings>> maimemo,
    Validation<Seq<Violation>, Option<MemosSettings>> memos,
    Validation<Seq<Violation>, Option<MemjoggerSettings>> memjogger,
    Validation<Seq<Violation>, LocalSettings> local,
    Option<String> defaultBackend) {

  /** The backend commands use when {@code --backend} is not given; unset means {@code local}. */
  public static final String DEFAULT_BACKEND = "MEMKIT_BACKEND";

  public static Settings from(Environment environment) {
    // $HOME first: on JDK 17 user.home comes from the password database and ignores a HOME the user
    // set.
    Path home =
        environment
            .variable("HOME")
            .map(Path::of)
            .getOrElse(() -> Path.of(System.getProperty("user.home")));
    return from(environment, home, ZoneId.systemDefault());
  }

  /** Settings with the home directory and system zone given, so tests never touch the real home. */
  public static Settings from(Environment environment, Path home, ZoneId systemZone) {
    return new Settings(
        maimemo(environment),
        memos(environment),
        memjogger(environment),
        LocalSettings.from(environment, home, systemZone),
        environment.variable(DEFAULT_BACKEND).map(String::strip));
  }

  private static Validation<Seq<Violation>, Option<MaimemoSettings>> maimemo(Environment env) {
    Option<String> url = env.variable(MaimemoSettings.URL);
    Option<URI> baseUri = url.flatMap(Settings::httpUri);
    if (url.isDefined() && baseUri.isEmpty()) {
      return Validation.invalid(
          List.of(
              Violation.of(
                  MaimemoSettings.URL,
                  "must be an http(s) URL such as https://open.maimemo.com/open")));
    }
    return Validation.valid(
        env.variable(MaimemoSettings.TOKEN)
            .map(token -> new MaimemoSettings(Secret.of(stripBearer(token)), baseUri)));
  }

  private static Validation<Seq<Violation>, Option<MemosSettings>> memos(Environment env) {
    Option<String> host = env.variable(MemosSettings.HOST);
    Option<String> token = env.variable(MemosSettings.TOKEN);
    if (host.isEmpty() && token.isEmpty()) {
      return Validation.valid(Option.none());
    }
    Seq<Violation> problems = List.empty();
    if (host.isEmpty()) {
      problems = problems.append(Violation.of(MemosSettings.HOST, "is not set"));
    }
    if (token.isEmpty()) {
      problems = problems.append(Violation.of(MemosSettings.TOKEN, "is not set"));
    }
    Option<URI> uri = host.flatMap(Settings::httpUri);
    if (host.isDefined() && uri.isEmpty()) {
      problems =
          problems.append(
              Violation.of(
                  MemosSettings.HOST, "must be an http(s) URL such as https://memos.example.com"));
    }
    return problems.isEmpty()
        ? Validation.valid(
            Option.some(new MemosSettings(uri.get(), Secret.of(stripBearer(token.get())))))
        : Validation.invalid(problems);
  }

  private static Validation<Seq<Violation>, Option<MemjoggerSettings>> memjogger(Environment env) {
    Option<String> email = env.variable(MemjoggerSettings.EMAIL);
    Option<String> password = env.variable(MemjoggerSettings.PASSWORD);
    Option<String> token = env.variable(MemjoggerSettings.TOKEN);
    Option<String> url = env.variable(MemjoggerSettings.URL);
    Option<URI> baseUri = url.flatMap(Settings::httpUri);
    if (url.isDefined() && baseUri.isEmpty()) {
      return Validation.invalid(
          List.of(
              Violation.of(
                  MemjoggerSettings.URL,
                  "must be an http(s) URL such as http://memjogger.com/api/")));
    }
    if (email.isDefined() && password.isDefined()) {
      return Validation.valid(
          Option.some(
              new MemjoggerSettings(
                  new MemjoggerSettings.WithPassword(email.get(), Secret.of(password.get())),
                  baseUri)));
    }
    if (token.isDefined()) {
      return Validation.valid(
          Option.some(
              new MemjoggerSettings(
                  new MemjoggerSettings.WithToken(Secret.of(token.get())), baseUri)));
    }
    if (email.isDefined()) {
      return Validation.invalid(
          List.of(
              Violation.of(
                  MemjoggerSettings.PASSWORD, "is not set (needed with MEMJOGGER_EMAIL)")));
    }
    if (password.isDefined()) {
      return Validation.invalid(
          List.of(
              Violation.of(
                  MemjoggerSettings.EMAIL, "is not set (needed with MEMJOGGER_PASSWORD)")));
    }
    return Validation.valid(Option.none());
  }

  /**
   * Users often paste a token with its "Bearer " prefix; sending "Bearer Bearer ..." would fail.
   */
  private static String stripBearer(String token) {
    String trimmed = token.strip();
    return trimmed.regionMatches(true, 0, "Bearer ", 0, 7) ? trimmed.substring(7).strip() : trimmed;
  }

  private static Option<URI> httpUri(String text) {
    try {
      URI uri = new URI(text.strip());
      boolean http =
          "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      return http && uri.getHost() != null ? Option.some(uri) : Option.none();
    } catch (URISyntaxException e) {
      return Option.none();
    }
  }
}
