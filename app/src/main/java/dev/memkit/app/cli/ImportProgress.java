package dev.memkit.app.cli;

import dev.memkit.app.usecase.ImportCards.Progress;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Shows an import's progress on standard error after each saved batch: a bar redrawn in place on a
 * terminal, one line per batch otherwise (a log file should not fill with carriage returns).
 */
final class ImportProgress implements Consumer<Progress> {

  static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private boolean drawn;

  ImportProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void accept(Progress progress) {
    if (terminal) {
      err.print("\r" + bar(progress));
      drawn = true;
    } else {
      err.println(line(progress));
    }
    err.flush();
  }

  /** Ends the bar's line, so what follows starts on a line of its own. */
  void finish() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }

  /**
   * The bar and the rows done, short enough (about 50 characters) not to wrap on a narrow terminal,
   * which would break redrawing in place; the counts come in the final report.
   */
  static String bar(Progress progress) {
    int filled =
        progress.total() == 0
            ? WIDTH
            : (int) ((long) WIDTH * progress.processed() / progress.total());
    int percent =
        progress.total() == 0 ? 100 : (int) (100L * progress.processed() / progress.total());
    return String.format(
        "[%s%s] %3d%%  %,d/%,d rows",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        percent,
        progress.processed(),
        progress.total());
  }

  static String line(Progress progress) {
    return "imported " + counts(progress);
  }

  private static String counts(Progress progress) {
    return String.format(
        "%,d/%,d rows (added %,d, duplicates %,d, rejected %,d)",
        progress.processed(),
        progress.total(),
        progress.added(),
        progress.duplicates(),
        progress.rejected());
  }
}
