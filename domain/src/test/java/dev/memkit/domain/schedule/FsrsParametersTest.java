package dev.memkit.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FsrsParametersTest {

  @Test
  void shouldHoldTheCurrentFsrs6DefaultsWhenDefault() {
    assertThat(FsrsParameters.DEFAULT.weights()).hasSize(21);
    assertThat(FsrsParameters.DEFAULT.weight(0)).isEqualTo(0.212);
    assertThat(FsrsParameters.DEFAULT.weight(20)).isEqualTo(0.1542);
    assertThat(FsrsParameters.of(FsrsParameters.DEFAULT.weights()).isValid()).isTrue();
  }

  @Test
  void shouldNameEveryWeightOutOfBoundsWhenSeveralAre() {
    List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT.weights());
    weights.set(4, 10.5);
    weights.set(7, 0.0);
    weights.set(20, Double.NaN);

    var result = FsrsParameters.of(weights);

    assertThat(result.getError())
        .extracting(Violation::field)
        .containsExactly("weights[4]", "weights[7]", "weights[20]");
    assertThat(result.getError().head().message()).contains("1.0", "10.0", "10.5");
  }

  @Test
  void shouldAcceptTheBoundsThemselvesWhenWeightsSitOnThem() {
    List<Double> lowest = new ArrayList<>();
    List<Double> highest = new ArrayList<>();
    for (int i = 0; i < FsrsParameters.COUNT; i++) {
      lowest.add(FsrsParameters.lowerBound(i));
      highest.add(FsrsParameters.upperBound(i));
    }

    assertThat(FsrsParameters.of(lowest).isValid()).isTrue();
    assertThat(FsrsParameters.of(highest).isValid()).isTrue();
  }

  @Test
  void shouldRejectTheListWhenItDoesNotHoldExactlyTwentyOneWeights() {
    var result = FsrsParameters.of(FsrsParameters.DEFAULT.weights().subList(0, 19));

    assertThat(result.getError()).extracting(Violation::field).containsExactly("weights");
    assertThat(result.getError().head().message()).contains("21", "19");
  }

  @Test
  void shouldThrowWhenConstructedDirectlyWithBadWeights() {
    assertThatThrownBy(() -> new FsrsParameters(List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights");
  }

  @Test
  void shouldNameEveryBadSettingWhenBuiltFromInput() {
    var result =
        FsrsSettings.of(
            FsrsParameters.DEFAULT,
            1.0,
            List.of(Duration.ofMinutes(1), Duration.ZERO),
            List.of(Duration.ofMinutes(-5)),
            0,
            Option.none());

    assertThat(result.getError())
        .extracting(Violation::field)
        .containsExactly(
            "desiredRetention", "learningSteps[1]", "relearningSteps[0]", "maximumInterval");
  }

  @Test
  void shouldRejectRetentionWhenNotStrictlyBetweenZeroAndOne() {
    for (double retention : new double[] {0.0, 1.0, -0.1, Double.NaN}) {
      assertThat(
              FsrsSettings.of(
                      FsrsParameters.DEFAULT, retention, List.of(), List.of(), 10, Option.none())
                  .getError())
          .extracting(Violation::field)
          .containsExactly("desiredRetention");
    }
    assertThatThrownBy(() -> FsrsSettings.DEFAULT.withDesiredRetention(1.2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldFollowPyFsrsExceptFuzzWhenDefault() {
    FsrsSettings defaults = FsrsSettings.DEFAULT;

    assertThat(defaults.desiredRetention()).isEqualTo(0.9);
    assertThat(defaults.learningSteps())
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
    assertThat(defaults.relearningSteps()).containsExactly(Duration.ofMinutes(10));
    assertThat(defaults.maximumInterval()).isEqualTo(36500);
    assertThat(defaults.fuzzSeed().isEmpty()).isTrue();
    assertThat(defaults.withFuzz(3).fuzzSeed()).isEqualTo(Option.some(3L));
  }
}
