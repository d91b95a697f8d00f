package dev.memkit.adapter.memjogger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.memkit.adapter.memjogger.MemjoggerConfig.Login;
import dev.memkit.http.Idempotency;
import dev.memkit.http.RequestLog;
import dev.memkit.http.RetryPolicy;
import dev.memkit.port.Failure;
import dev.memkit.port.Secret;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The token calls run with. With a token login it is that token, and a 401 is final. With an e-mail
 * and password, memkit logs in on first use and keeps the token in a one-entry Caffeine cache
 * (timed by the injected clock); when Memjogger rejects it (401) the call logs in again once and is
 * repeated — a 401 means the request was not carried out, so this is safe even for a create — and a
 * second 401 is {@link Failure.Unauthenticated}. Each token received is registered with the request
 * log, which masks it.
 */
final class Session {

  /**
   * Memjogger does not say how long a token lives; renewing twice a day costs one login and spares
   * a long-running process a rejected request.
   */
  static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

  private static final String KEY = "token";

  private final Login login;
  private final MemjoggerApi api;
  private final TokenHeader header;
  private final RetryPolicy retries;
  private final RequestLog log;
  private final Cache<String, Secret> tokens;

  Session(
      Login login,
      MemjoggerApi api,
      TokenHeader header,
      RetryPolicy retries,
      RequestLog log,
      Clock clock) {
    this.login = login;
    this.api = api;
    this.header = header;
    this.retries = retries;
    this.log = log;
    this.tokens =
        Caffeine.newBuilder()
            .maximumSize(1)
            .expireAfterWrite(TOKEN_LIFETIME)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .executor(Runnable::run)
            .build();
  }

  /** Runs {@code call} with a valid token, logging in (again) as described above. */
  <T> Either<Failure, T> authenticated(Function<Secret, Either<Failure, T>> call) {
    return token()
        .flatMap(
            token -> {
              Either<Failure, T> result = call.apply(token);
              if (!rejected(result)) {
                return result;
              }
              if (login instanceof Login.Token) {
                return Either.left(
                    new Failure.Unauthenticated(
                        result.getLeft().origin(), "Memjogger rejected the token"));
              }
              forget(token);
              return token()
                  .flatMap(
                      fresh -> {
                        Either<Failure, T> again = call.apply(fresh);
                        return rejected(again)
                            ? Either.left(
                                new Failure.Unauthenticated(
                                    again.getLeft().origin(),
                                    "Memjogger rejected the token it had just issued"))
                            : again;
                      });
            });
  }

  private static boolean rejected(Either<Failure, ?> result) {
    return result.isLeft() && result.getLeft() instanceof Failure.Unauthenticated;
  }

  private synchronized Either<Failure, Secret> token() {
    if (login instanceof Login.Token token) {
      return Either.right(token.token());
    }
    Secret cached = tokens.getIfPresent(KEY);
    if (cached != null) {
      return Either.right(cached);
    }
    Either<Failure, Secret> fresh = logIn((Login.Password) login);
    fresh.forEach(token -> tokens.put(KEY, token));
    return fresh;
  }

  private synchronized void forget(Secret token) {
    // Another thread may have logged in meanwhile: drop the token only if it is the bad one.
    tokens.asMap().remove(KEY, token);
  }

  private Either<Failure, Secret> logIn(Login.Password password) {
    Wire.Credentials credentials =
        new Wire.Credentials(password.email(), password.password().reveal());
    Either<Failure, Wire.Token> answer =
        retries.run(
            // Logging in twice only issues a second token: safe to repeat.
            Idempotency.IDEMPOTENT,
            () ->
                header.with(
                    Option.none(),
                    () ->
                        Try.of(() -> api.login(credentials))
                            .toEither()
                            .mapLeft(error -> Errors.of(error, "login"))));
    return answer
        .mapLeft(
            failure ->
                failure instanceof Failure.Unauthenticated
                    ? new Failure.Unauthenticated(
                        failure.origin(), "the e-mail address or the password was rejected")
                    : failure)
        .flatMap(
            token ->
                token.token() == null || token.token().isBlank()
                    ? Either.left(
                        new Failure.Unexpected(Errors.local(), "the login answered no token"))
                    : Either.right(Secret.of(token.token())))
        .peek(log::mask);
  }
}
