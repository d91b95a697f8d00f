package dev.memkit.app.cli;

import dev.memkit.app.config.Environment;
import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.DueReport;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.port.Forecasts;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code memkit due}: what is due today, overdue, and on each of the next days. */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description =
        "Show the reviews due today, the overdue ones, and those of the next days as a table and a"
            + " bar chart.")
public final class DueCommand implements Callable<Integer> {

  /** Cells of the longest bar. */
  static final int CHART_WIDTH = 40;

  private final BackendChoice choice;
  private final UserTerminal terminal;
  private final Environment environment;

  @Spec CommandSpec spec;

  @Mixin BackendOption backend;

  @CommandLine.Option(
      names = "--days",
      paramLabel = "N",
      description = "Days to show, today included (default: " + DueReport.DEFAULT_DAYS + ").")
  int days = DueReport.DEFAULT_DAYS;

  @CommandLine.Option(names = "--deck", paramLabel = "NAME", description = "Name or id.")
  String deck;

  @CommandLine.Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Inject
  DueCommand(BackendChoice choice, UserTerminal terminal, Environment environment) {
    this.choice = choice;
    this.terminal = terminal;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    BackendPorts ports = Commands.backend(choice, backend);
    Forecasts forecasts = Commands.port(ports, Forecasts.class);
    Option<Deck> chosen = Option.of(deck).map(d -> Commands.deck(ports, d));
    DueForecast forecast = Outcomes.orExit(new DueReport(forecasts).run(chosen, days));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, view(forecast));
    } else {
      table(forecast, out);
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> view(DueForecast forecast) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("today", forecast.today().toString());
    view.put("dueToday", forecast.dueToday());
    view.put("overdue", forecast.overdue());
    view.put("total", forecast.total());
    List<Object> perDay = new ArrayList<>();
    forecast
        .days()
        .forEach(
            (day, count) -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("date", day.toString());
              entry.put("count", count);
              perDay.add(entry);
            });
    view.put("days", perDay);
    return view;
  }

  private void table(DueForecast forecast, PrintWriter out) {
    out.printf(
        "Due today: %,d   Overdue: %,d   Due now: %,d%n",
        forecast.dueToday(), forecast.overdue(), forecast.dueToday() + forecast.overdue());
    out.println();
    boolean unicode = terminal.outputIsTerminal() && environment.variable("NO_COLOR").isEmpty();
    BarChart chart = new BarChart(CHART_WIDTH, unicode);
    int max = forecast.days().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (Map.Entry<LocalDate, Integer> day : forecast.days().entrySet()) {
      String label =
          day.getKey().equals(forecast.today())
              ? "today"
              : day.getKey().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      String line =
          String.format(
              "%s %-5s %6d  %s",
              day.getKey(), label, day.getValue(), chart.bar(day.getValue(), max));
      out.println(line.stripTrailing());
    }
    out.flush();
  }
}
