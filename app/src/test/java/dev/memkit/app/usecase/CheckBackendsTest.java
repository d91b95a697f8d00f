package dev.memkit.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.usecase.BackendEntry.Configuration;
import dev.memkit.app.usecase.CheckBackends.BackendReport;
import dev.memkit.app.usecase.CheckBackends.Credentials;
import dev.memkit.port.Backend;
import dev.memkit.port.Capability;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckBackendsTest {

  private static final Backend NOTES = new Backend("notes", Set.of(Capability.NOTES), "set X");

  @Test
  void shouldVerifyCredentialsWhenTheBackendIsConfigured() {
    BackendEntry entry =
        new BackendEntry(
            NOTES, new Configuration.Configured("x"), Option.some(() -> Either.right("ada")));

    BackendReport report = new CheckBackends(List.of(entry)).run().get(0);

    assertThat(report.credentials()).isEqualTo(new Credentials.Verified("ada"));
  }

  @Test
  void shouldReportTheFailureAndGoOnWhenOneBackendRejectsItsCredentials() {
    Failure rejected =
        new Failure.Unauthenticated(Origin.remote("notes", 401, Option.none()), "bad token");
    BackendEntry failing =
        new BackendEntry(
            NOTES, new Configuration.Configured("x"), Option.some(() -> Either.left(rejected)));
    BackendEntry working =
        new BackendEntry(
            NOTES, new Configuration.Configured("y"), Option.some(() -> Either.right("bob")));

    List<BackendReport> reports = new CheckBackends(List.of(failing, working)).run();

    assertThat(reports)
        .extracting(BackendReport::credentials)
        .containsExactly(new Credentials.Rejected(rejected), new Credentials.Verified("bob"));
  }

  @Test
  void shouldNotCallTheBackendWhenItIsNotConfigured() {
    AtomicInteger calls = new AtomicInteger();
    BackendEntry entry =
        new BackendEntry(
            NOTES,
            new Configuration.NotConfigured("set X"),
            Option.some(
                () -> {
                  calls.incrementAndGet();
                  return Either.right("nobody");
                }));

    BackendReport report = new CheckBackends(List.of(entry)).run().get(0);

    assertThat(calls).hasValue(0);
    assertThat(report.credentials()).isInstanceOf(Credentials.NotChecked.class);
  }

  @Test
  void shouldSayNoAdapterWhenConfiguredButUnreachable() {
    BackendEntry entry = new BackendEntry(NOTES, new Configuration.Configured("x"), Option.none());

    BackendReport report = new CheckBackends(List.of(entry)).run().get(0);

    assertThat(report.credentials())
        .isEqualTo(new Credentials.NotChecked("this build has no notes adapter yet"));
  }
}
