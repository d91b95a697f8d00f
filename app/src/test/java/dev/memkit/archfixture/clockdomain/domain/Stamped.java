package dev.memkit.archfixture.clockdomain.domain;

import java.time.Instant;

/** Breaks "domain never reads the clock". */
public record Stamped(Instant at) {
  public static Stamped now() {
    return new Stamped(Instant.now());
  }
}
