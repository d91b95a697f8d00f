package dev.memkit.port;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Describes a backend: its {@code name} (used on the command line, {@code --backend NAME}), the
 * capabilities it offers, and how a user configures it ({@code configuration}: the environment
 * variables or settings it reads, never their values).
 */
public record Backend(String name, Set<Capability> capabilities, String configuration) {

  public Backend {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(configuration, "configuration");
    capabilities =
        Set.copyOf(
            capabilities.isEmpty()
                ? EnumSet.noneOf(Capability.class)
                : EnumSet.copyOf(capabilities));
  }

  public boolean offers(Capability capability) {
    return capabilities.contains(capability);
  }
}
