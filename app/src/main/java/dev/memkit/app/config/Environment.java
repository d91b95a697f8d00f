package dev.memkit.app.config;

import io.vavr.control.Option;
import java.util.Map;

/** Where settings come from: the process environment in production, a map in tests. */
@FunctionalInterface
public interface Environment {

  /** The variable's value, absent when unset or blank. */
  Option<String> variable(String name);

  static Environment system() {
    return of(System.getenv());
  }

  static Environment of(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return name -> Option.of(copy.get(name)).filter(value -> !value.isBlank());
  }
}
