package dev.memkit.app.usecase;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the backend a command works with: the one asked for ({@code --backend NAME}), else the
 * configured default ({@code MEMKIT_BACKEND}), else {@code local}. Says clearly when the name is
 * unknown or the backend is known but not configured.
 */
public final class BackendChoice {

  /** The backend used when nothing else is asked for or configured. */
  public static final String FALLBACK = "local";

  private final Map<String, BackendSource> installed;
  private final Set<String> known;
  private final Option<String> configuredDefault;

  /**
   * {@code installed} maps each configured backend's name to where its ports come from; {@code
   * known} names every backend memkit knows, configured or not.
   */
  public BackendChoice(
      Map<String, BackendSource> installed, Set<String> known, Option<String> configuredDefault) {
    this.installed = Map.copyOf(installed);
    this.known = Set.copyOf(known);
    this.configuredDefault = configuredDefault;
  }

  /**
   * A choice among backends whose ports are ready (tests, applications that built their ports
   * themselves).
   */
  public static BackendChoice of(
      Map<String, BackendPorts> ready, Set<String> known, Option<String> configuredDefault) {
    Map<String, BackendSource> sources = new java.util.HashMap<>();
    ready.forEach((name, ports) -> sources.put(name, () -> Either.right(ports)));
    return new BackendChoice(sources, known, configuredDefault);
  }

  public Either<Problem, BackendPorts> choose(Option<String> requested) {
    String name = requested.orElse(configuredDefault).getOrElse(FALLBACK);
    BackendSource source = installed.get(name);
    if (source != null) {
      return source.open().mapLeft(Problem.Unavailable::new);
    }
    if (known.contains(name)) {
      return Either.left(new Problem.NotConfigured(name));
    }
    return Either.left(new Problem.Unknown(name, known.stream().sorted().toList()));
  }

  /** Why no backend could be chosen. */
  public sealed interface Problem {

    String message();

    record NotConfigured(String backend) implements Problem {
      @Override
      public String message() {
        return "backend " + backend + " is not configured; `memkit backends` says how";
      }
    }

    /** Configured, but it could not be opened (a locked or newer store file, a rejected token). */
    record Unavailable(dev.memkit.port.Failure failure) implements Problem {
      @Override
      public String message() {
        return failure.message();
      }
    }

    record Unknown(String backend, List<String> known) implements Problem {
      @Override
      public String message() {
        return "unknown backend " + backend + "; known: " + String.join(", ", known);
      }
    }
  }
}
