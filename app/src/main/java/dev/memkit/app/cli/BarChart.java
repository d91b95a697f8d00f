package dev.memkit.app.cli;

/**
 * Horizontal bars for small counts in a terminal: scaled so the largest count fills the width,
 * drawn with Unicode block characters in eighths, or with {@code #} where Unicode or a terminal
 * cannot be assumed. A count above zero always gets a visible bar.
 */
final class BarChart {

  private static final char[] EIGHTHS = {'▏', '▎', '▍', '▌', '▋', '▊', '▉'};

  private final int width;
  private final boolean unicode;

  BarChart(int width, boolean unicode) {
    this.width = width;
    this.unicode = unicode;
  }

  String bar(int count, int max) {
    if (count <= 0 || max <= 0) {
      return "";
    }
    if (!unicode) {
      int cells = Math.max(1, (int) Math.round((double) width * count / max));
      return "#".repeat(cells);
    }
    int eighths = Math.max(1, (int) Math.round(8.0 * width * count / max));
    String full = "█".repeat(eighths / 8);
    int rest = eighths % 8;
    return rest == 0 ? full : full + EIGHTHS[rest - 1];
  }
}
