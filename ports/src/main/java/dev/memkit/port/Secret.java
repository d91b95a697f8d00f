package dev.memkit.port;

import java.util.Objects;

/**
 * A credential (token, password). Its {@link #toString()} never shows the value, so a secret that
 * ends up in a log line, an exception message or a record's {@code toString()} stays secret; only
 * {@link #reveal()} gives the value, at the one place that must send it.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a secret is never blank");
    }
    return new Secret(value);
  }

  /** The value itself: call it only where the credential is put on the wire. */
  public String reveal() {
    return value;
  }

  /**
   * A hint that is safe to show: the last four characters of a long secret, nothing of a short one.
   */
  public String masked() {
    return value.length() >= 16 ? "****" + value.substring(value.length() - 4) : "****";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && secret.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Secret[****]";
  }
}
