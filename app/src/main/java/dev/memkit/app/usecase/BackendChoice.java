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

  private final Map<String, BackendPorts> installed;
  private final Set<String> known;
  private final Option<String> configuredDefault;

  public BackendChoice(
      Map<String, BackendPorts> installed, Set<String> known, Option<String> configuredDefault) {
    this.installed = Map.copyOf(installed);
    this.known = Set.copyOf(known);
    this.configuredDefault = configuredDefault;
  }

  public Either<Problem, BackendPorts> choose(Option<String> requested) {
    String name = requested.orElse(configuredDefault).getOrElse(FALLBACK);
    BackendPorts ports = installed.get(name);
    if (ports != null) {
      return Either.right(ports);
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

    record Unknown(String backend, List<String> known) implements Problem {
      @Override
      public String message() {
        return "unknown backend " + backend + "; known: " + String.join(", ", known);
      }
    }
  }
}
