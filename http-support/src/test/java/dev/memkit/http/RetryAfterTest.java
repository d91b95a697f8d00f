package dev.memkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("1994-11-06T08:49:00Z"), ZoneOffset.UTC);

  @Test
  void shouldReadSecondsWhenTheValueIsDeltaSeconds() {
    assertThat(RetryAfter.parse("120", clock)).isEqualTo(Option.some(Duration.ofSeconds(120)));
    assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Option.some(Duration.ZERO));
  }

  @Test
  void shouldMeasureFromTheClockWhenTheValueIsAnImfFixdate() {
    assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", clock))
        .isEqualTo(Option.some(Duration.ofSeconds(37)));
  }

  @Test
  void shouldAcceptTheObsoleteFormsWhenTheValueIsAnOldHttpDate() {
    assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", clock))
        .isEqualTo(Option.some(Duration.ofSeconds(37)));
    assertThat(RetryAfter.parse("Sun Nov  6 08:49:37 1994", clock))
        .isEqualTo(Option.some(Duration.ofSeconds(37)));
  }

  @Test
  void shouldWaitNothingWhenTheDateIsPast() {
    assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", clock))
        .isEqualTo(Option.some(Duration.ZERO));
  }

  @Test
  void shouldGiveNothingWhenTheValueIsNeitherForm() {
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("", clock)).isEmpty();
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    assertThat(RetryAfter.parse("1.5", clock)).isEmpty();
  }

  @Test
  void shouldTreatAHugeNumberAsAVeryLongWaitWhenItOverflows() {
    assertThat(RetryAfter.parse("99999999999999999999999", clock).get())
        .isGreaterThan(Duration.ofDays(365 * 1000));
  }

  @Test
  void shouldTakeTheFirstReadableValueWhenSeveralAreGiven() {
    assertThat(RetryAfter.parse(List.of("later", "30"), clock))
        .isEqualTo(Option.some(Duration.ofSeconds(30)));
    assertThat(RetryAfter.parse(List.<String>of(), clock)).isEmpty();
  }
}
