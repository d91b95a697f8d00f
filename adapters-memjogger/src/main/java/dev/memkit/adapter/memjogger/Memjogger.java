package dev.memkit.adapter.memjogger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.memkit.adapter.memjogger.MemjoggerConfig.Login;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.domain.validation.Violation;
import dev.memkit.http.RequestLog;
import dev.memkit.http.RetryPolicy;
import dev.memkit.port.Backend;
import dev.memkit.port.Capability;
import dev.memkit.port.CardExports;
import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.port.Reviews;
import dev.memkit.port.Secret;
import dev.memkit.port.Sleeper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * memkit's Memjogger backend: card sets, cards, marks, due counts and exports over Memjogger's HTTP
 * API as its 2013 document describes it ({@code http://memjogger.com/api/}).
 *
 * <pre>{@code
 * Memjogger memjogger = Memjogger.connect(
 *         MemjoggerConfig.of(new Login.Password(email, Secret.of(password)), ZoneId.systemDefault()),
 *         Clock.systemUTC(), Sleeper.system())
 *     .getOrElseThrow(failure -> new IllegalStateException(failure.message()));
 * List<Deck> decks = memjogger.decks().list().get();
 * }</pre>
 *
 * <ul>
 *   <li><b>Signing in</b>: lazily, on the first call; the token goes only in the {@code
 *       X-Memjogger-Token} header, is kept (and renewed after a rejection) as {@link
 *       MemjoggerConfig.Login} describes, and is masked in the request log. No failure message ever
 *       contains it.
 *   <li><b>Days</b>: {@code client_date}, the day Memjogger schedules and counts from, is always
 *       sent where the API takes it: today by the injected clock in the configured zone.
 *   <li><b>Retries</b>: reads, renames, edits and deletes (GET, PUT, DELETE) are retried on a
 *       server error or a broken connection, up to three attempts, waiting 1 s then 2 s through the
 *       injected sleeper; creates and marks are sent once, so nothing is ever created twice or
 *       marked twice.
 *   <li><b>Input</b> is checked before any request: the domain values guarantee names, contents and
 *       grades; an id that is not a number is {@code NotFound} at once.
 *   <li><b>Failures</b>: Memjogger's error codes become {@code Invalid} with the field ({@code
 *       card_set_name_invalid}: name, {@code empty_field}: content, {@code question_too_long}:
 *       question, {@code answer_too_long}: answer, {@code invalid_mark}: grade, {@code
 *       invalid_date_format}: day), {@code Conflict} ({@code card_set_already_exists}) and {@code
 *       Forbidden("subscription required ...")} ({@code trial_expired}, {@code sub_expired}); 404
 *       is {@code NotFound}; 5xx and transport errors {@code Unavailable}; unreadable answers
 *       {@code Unexpected}. Each failure's origin carries the HTTP status and the {@code
 *       X-Request-Id}, when there was an answer.
 *   <li><b>Cards' states</b>: Memjogger tells a card's next date, not its history, so a card is
 *       {@code ReviewState.Scheduled} unless this instance created it and has not marked it since
 *       ({@code ReviewState.Fresh}).
 * </ul>
 *
 * Thread-safe; build one per account and keep it.
 */
public final class Memjogger {

  /** The backend's name on the command line. */
  public static final String NAME = "memjogger";

  private final Decks decks;
  private final Cards cards;
  private final CardImports cardImports;
  private final Reviews reviews;
  private final Forecasts forecasts;
  private final CardExports exports;

  private Memjogger(Remote remote, Mapping mapping, FreshCards fresh) {
    this.decks = new MemjoggerDecks(remote, mapping);
    this.cards = new MemjoggerCards(remote, mapping, fresh);
    this.cardImports = new MemjoggerCardImports(cards);
    this.reviews = new MemjoggerReviews(remote, fresh);
    this.forecasts = new MemjoggerForecasts(remote);
    this.exports = new MemjoggerCardExports(remote);
  }

  /**
   * A Memjogger backend for {@code config}, reading time from {@code clock} and waiting (between
   * retries) through {@code sleeper}. Nothing is sent yet: the first call signs in. {@code Invalid}
   * (field {@code baseUri}) unless the base URI is an absolute http or https URI.
   */
  public static Either<Failure, Memjogger> connect(
      MemjoggerConfig config, Clock clock, Sleeper sleeper) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    URI base = config.baseUri();
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!base.isAbsolute() || base.getHost() == null || !Set.of("http", "https").contains(scheme)) {
      return Either.left(
          new Failure.Invalid(
              Errors.local(),
              List.of(Violation.of("baseUri", "must be an absolute http or https URI"))));
    }
    RequestLog log = RequestLog.to(config.requestLog(), clock, secrets(config.login()));
    RetryPolicy retries = RetryPolicy.standard(sleeper);
    TokenHeader header = new TokenHeader();
    ObjectMapper mapper =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(config.connectTimeout())
            .build();
    MemjoggerApi api =
        Feign.builder()
            .client(log.client(new Http2Client(http)))
            .encoder(new JacksonEncoder(mapper))
            .decoder(new WireDecoder(mapper))
            .errorDecoder(new WireErrors(mapper, clock))
            // Retries are the RetryPolicy's, which knows which calls may be repeated.
            .retryer(Retryer.NEVER_RETRY)
            .requestInterceptor(header)
            .options(
                new Request.Options(
                    config.connectTimeout().toMillis(),
                    TimeUnit.MILLISECONDS,
                    config.readTimeout().toMillis(),
                    TimeUnit.MILLISECONDS,
                    false))
            .target(MemjoggerApi.class, withoutTrailingSlash(base));
    Session session = new Session(config.login(), api, header, retries, log, clock);
    Remote remote = new Remote(api, session, header, retries, clock, config.zone());
    FreshCards fresh = new FreshCards();
    return Either.right(
        new Memjogger(remote, new Mapping(StudyDay.of(config.zone()), fresh), fresh));
  }

  /** What the backend offers and how it is configured, for {@code memkit backends}. */
  public static Backend descriptor() {
    return new Backend(
        NAME,
        Set.of(
            Capability.DECKS,
            Capability.CARDS,
            Capability.CARD_IMPORTS,
            Capability.REVIEWS,
            Capability.FORECAST),
        "set MEMJOGGER_EMAIL and MEMJOGGER_PASSWORD, or MEMJOGGER_TOKEN");
  }

  /** Card sets. */
  public Decks decks() {
    return decks;
  }

  /** Flashcards. */
  public Cards cards() {
    return cards;
  }

  /** Many cards at once: one create per card, not atomic (see {@link CardImports}). */
  public CardImports cardImports() {
    return cardImports;
  }

  /** Marks and next due days. */
  public Reviews reviews() {
    return reviews;
  }

  /** Due counts from {@code exam_count}. */
  public Forecasts forecasts() {
    return forecasts;
  }

  /** Memjogger's own CSV and XML exports. */
  public CardExports exports() {
    return exports;
  }

  private static Iterable<Secret> secrets(Login login) {
    return login instanceof Login.Password password
        ? List.of(password.password())
        : List.of(((Login.Token) login).token());
  }

  private static String withoutTrailingSlash(URI base) {
    String text = base.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
