package dev.memkit.adapter.memjogger;

import dev.memkit.http.Idempotency;
import dev.memkit.http.RetryPolicy;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Runs one API call the way every port method does: signed in ({@link Session}), retried when
 * idempotent ({@link RetryPolicy}: GET, PUT and DELETE; never a create or a mark), every exception
 * turned into a {@link Failure} ({@link Errors}). Also knows the client's today: the {@code
 * client_date} sent with every call that takes one.
 */
final class Remote {

  private final MemjoggerApi api;
  private final Session session;
  private final TokenHeader header;
  private final RetryPolicy retries;
  private final Clock clock;
  private final ZoneId zone;

  Remote(
      MemjoggerApi api,
      Session session,
      TokenHeader header,
      RetryPolicy retries,
      Clock clock,
      ZoneId zone) {
    this.api = api;
    this.session = session;
    this.header = header;
    this.retries = retries;
    this.clock = clock;
    this.zone = zone;
  }

  /** Today in the user's zone, by the injected clock: Memjogger's {@code client_date}. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /**
   * The result of {@code call}, or its failure; {@code what} names the thing it is about, for a 404
   * ("card 12").
   */
  <T> Either<Failure, T> call(
      Idempotency idempotency, String what, Function<MemjoggerApi, T> call) {
    return session.authenticated(
        token ->
            retries.run(
                idempotency,
                () ->
                    header.with(
                        Option.some(token),
                        () ->
                            Try.of(() -> call.apply(api))
                                .toEither()
                                .mapLeft(error -> Errors.of(error, what)))));
  }
}
