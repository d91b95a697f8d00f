package dev.memkit.app.usecase;

import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Backend;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A backend as this installation knows it: what it is, whether the user configured it, and, when
 * memkit can talk to it, how to check its credentials.
 */
public record BackendEntry(
    Backend backend, Configuration configuration, Option<CredentialCheck> credentialCheck) {

  /** Whether the user set a backend up. */
  public sealed interface Configuration {

    /** Set up; {@code summary} says with what, secrets masked. */
    record Configured(String summary) implements Configuration {}

    /** Not set up; {@code hint} says how to. */
    record NotConfigured(String hint) implements Configuration {}

    /** Partly set up: what is missing or wrong. */
    record Misconfigured(Seq<Violation> problems) implements Configuration {}
  }
}
