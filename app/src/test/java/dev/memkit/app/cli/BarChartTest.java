package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.usecase.ImportCards.Progress;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void shouldFillTheWidthForTheLargestCountAndScaleTheOthers() {
    BarChart chart = new BarChart(10, false);

    assertThat(chart.bar(20, 20)).isEqualTo("##########");
    assertThat(chart.bar(10, 20)).isEqualTo("#####");
    assertThat(chart.bar(0, 20)).isEmpty();
  }

  @Test
  void shouldShowATinyCountAsAVisibleBar() {
    assertThat(new BarChart(10, false).bar(1, 1000)).isEqualTo("#");
    assertThat(new BarChart(10, true).bar(1, 1000)).isEqualTo("▏");
  }

  @Test
  void shouldDrawEighthsWhenUnicodeIsAllowed() {
    BarChart chart = new BarChart(10, true);

    assertThat(chart.bar(8, 8)).isEqualTo("█".repeat(10));
    assertThat(chart.bar(3, 8)).isEqualTo("███▊");
  }

  @Test
  void shouldDescribeImportProgressAsABarOrALine() {
    Progress progress = new Progress(1000, 4000, 990, 10, 2);

    assertThat(ImportProgress.bar(progress))
        .isEqualTo("[#######.......................]  25%  1,000/4,000 rows");
    assertThat(ImportProgress.line(progress))
        .isEqualTo("imported 1,000/4,000 rows (added 990, duplicates 10, rejected 2)");
  }
}
