package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

  private static final Origin ORIGIN = Origin.local("test");

  @Test
  void shouldGiveEveryKindOfFailureItsOwnCodeWhenMapped() {
    Set<Integer> codes =
        Stream.of(
                new Failure.NotFound(ORIGIN, "card 1"),
                new Failure.Invalid(ORIGIN, List.empty()),
                new Failure.Unauthenticated(ORIGIN, "no token"),
                new Failure.Forbidden(ORIGIN, "subscription required"),
                new Failure.Conflict(ORIGIN, "exists"),
                new Failure.RateLimited(ORIGIN, Option.none()),
                new Failure.QuotaExceeded(ORIGIN, "600 a day"),
                new Failure.Unavailable(ORIGIN, "down"),
                new Failure.Unsupported(ORIGIN, "webhooks"),
                new Failure.Unexpected(ORIGIN, "?"))
            .map(ExitCodes::of)
            .collect(Collectors.toSet());

    assertThat(codes)
        .hasSize(10)
        .doesNotContain(ExitCodes.OK, ExitCodes.USAGE, ExitCodes.INTERNAL_ERROR);
    assertThat(Failure.class.getPermittedSubclasses()).hasSize(10);
  }
}
