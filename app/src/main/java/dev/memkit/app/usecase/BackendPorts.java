package dev.memkit.app.usecase;

import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ports one configured backend offers, by port type: what a command works with once a backend
 * is chosen. Asking for a port the backend does not offer gives {@link Failure.Unsupported}, so
 * "memos has no decks" is an ordinary failure with its own exit code, not a crash.
 */
public final class BackendPorts {

  private final String backend;
  private final Map<Class<?>, Object> ports;

  private BackendPorts(String backend, Map<Class<?>, Object> ports) {
    this.backend = backend;
    this.ports = Map.copyOf(ports);
  }

  public static Builder builder(String backend) {
    return new Builder(backend);
  }

  public String backend() {
    return backend;
  }

  /** The port, or {@link Failure.Unsupported} naming the capability this backend lacks. */
  public <P> Either<Failure, P> port(Class<P> type) {
    return find(type)
        .toEither(() -> new Failure.Unsupported(Origin.local(backend), describe(type)));
  }

  public <P> Option<P> find(Class<P> type) {
    return Option.of(ports.get(type)).map(type::cast);
  }

  public Set<Class<?>> offered() {
    return ports.keySet();
  }

  private static String describe(Class<?> type) {
    return type.getSimpleName()
        .replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return "BackendPorts["
        + backend
        + ", "
        + ports.keySet().stream().map(Class::getSimpleName).sorted().toList()
        + "]";
  }

  /** Collects a backend's ports. */
  public static final class Builder {
    private final String backend;
    private final Map<Class<?>, Object> ports = new LinkedHashMap<>();

    private Builder(String backend) {
      this.backend = Objects.requireNonNull(backend);
    }

    public <P> Builder with(Class<P> type, P port) {
      ports.put(type, type.cast(Objects.requireNonNull(port)));
      return this;
    }

    public BackendPorts build() {
      return new BackendPorts(backend, ports);
    }
  }
}
