package dev.memkit.app.cli;

import dev.memkit.app.usecase.BackendEntry.Configuration;
import dev.memkit.app.usecase.CheckBackends;
import dev.memkit.app.usecase.CheckBackends.BackendReport;
import dev.memkit.app.usecase.CheckBackends.Credentials;
import dev.memkit.port.Capability;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memkit backends}: what is configured, what each backend offers, whether its credentials
 * work.
 */
@Command(
    name = "backends",
    mixinStandardHelpOptions = true,
    description =
        "Show the known backends: configured or not, what each offers, whether its credentials work.")
public final class BackendsCommand implements Runnable {

  private final CheckBackends checkBackends;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Inject
  BackendsCommand(CheckBackends checkBackends) {
    this.checkBackends = checkBackends;
  }

  @Override
  public void run() {
    List<BackendReport> reports = checkBackends.run();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(reports.stream().map(BackendsCommand::toJson).toList()));
    } else {
      for (BackendReport report : reports) {
        out.printf("%-10s %s%n", report.backend().name(), configuration(report.configuration()));
        out.printf("%-10s offers: %s%n", "", capabilities(report));
        out.printf("%-10s credentials: %s%n", "", credentials(report.credentials()));
      }
    }
    out.flush();
  }

  private static String capabilities(BackendReport report) {
    return String.join(
        ", ",
        report.backend().capabilities().stream()
            .sorted()
            .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
            .toList());
  }

  private static String configuration(Configuration configuration) {
    if (configuration instanceof Configuration.Configured configured) {
      return "configured: " + configured.summary();
    } else if (configuration instanceof Configuration.NotConfigured notConfigured) {
      return "not configured: " + notConfigured.hint();
    }
    return "incomplete: " + ((Configuration.Misconfigured) configuration).problems().mkString("; ");
  }

  private static String credentials(Credentials credentials) {
    if (credentials instanceof Credentials.Verified verified) {
      return "ok (" + verified.identity() + ")";
    } else if (credentials instanceof Credentials.Rejected rejected) {
      return "FAILED: " + rejected.failure().message();
    }
    return "not checked: " + ((Credentials.NotChecked) credentials).reason();
  }

  private static Map<String, Object> toJson(BackendReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", report.backend().name());
    json.put("configuration", configuration(report.configuration()));
    json.put("configured", report.configuration() instanceof Configuration.Configured);
    json.put(
        "capabilities",
        report.backend().capabilities().stream().sorted().map(Capability::name).toList());
    json.put("credentials", credentials(report.credentials()));
    json.put("credentialsVerified", report.credentials() instanceof Credentials.Verified);
    return json;
  }
}
