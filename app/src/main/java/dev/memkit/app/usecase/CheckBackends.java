package dev.memkit.app.usecase;

import dev.memkit.app.usecase.BackendEntry.Configuration;
import dev.memkit.port.Backend;
import dev.memkit.port.Failure;
import java.util.List;

/**
 * Reports every known backend: configured or not, what it offers, and whether its credentials work
 * (one cheap call per configured backend memkit can reach). A failing backend is reported, never
 * fatal to the others.
 */
public final class CheckBackends {

  private final List<BackendEntry> entries;

  public CheckBackends(List<BackendEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<BackendReport> run() {
    return entries.stream().map(CheckBackends::check).toList();
  }

  private static BackendReport check(BackendEntry entry) {
    Credentials credentials;
    if (entry.configuration() instanceof Configuration.Configured) {
      credentials =
          entry
              .credentialCheck()
              .map(
                  check ->
                      check
                          .verify()
                          .<Credentials>fold(Credentials.Rejected::new, Credentials.Verified::new))
              .getOrElse(
                  () ->
                      new Credentials.NotChecked(
                          "this build has no " + entry.backend().name() + " adapter yet"));
    } else if (entry.configuration() instanceof Configuration.NotConfigured) {
      credentials = new Credentials.NotChecked("not configured");
    } else {
      credentials = new Credentials.NotChecked("configuration incomplete");
    }
    return new BackendReport(entry.backend(), entry.configuration(), credentials);
  }

  /** One line of the report. */
  public record BackendReport(
      Backend backend, Configuration configuration, Credentials credentials) {}

  /** The outcome of checking a backend's credentials. */
  public sealed interface Credentials {

    /** The backend accepted them; {@code identity} says as whom. */
    record Verified(String identity) implements Credentials {}

    record Rejected(Failure failure) implements Credentials {}

    record NotChecked(String reason) implements Credentials {}
  }
}
