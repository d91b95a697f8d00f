package dev.memkit.adapter.memjogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.adapter.memjogger.MemjoggerConfig.Login;
import dev.memkit.domain.card.DeckName;
import dev.memkit.port.Failure;
import dev.memkit.port.Secret;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import dev.memkit.testkit.emulator.memjogger.RecordedRequest;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Logging in, keeping the token, and logging in again when it is rejected. */
class MemjoggerSessionTest {

  private static final String LOGIN = "POST /api/user/login";

  private final MutableClock clock = MutableClock.standard();
  private final MemjoggerEmulator emulator = MemjoggerEmulator.create(clock).start();

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void shouldLogInOnceAndSendTheTokenInTheHeaderWhenCallsFollow() {
    EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));

    backend.memjogger.decks().list().get();
    backend.memjogger.decks().list().get();

    assertThat(emulator.requests(LOGIN)).hasSize(1);
    assertThat(emulator.requests("GET /api/cardset"))
        .allSatisfy(
            request -> assertThat(request.header("X-Memjogger-Token").isDefined()).isTrue());
    assertThat(emulator.requests(LOGIN).get(0).header("X-Memjogger-Token")).isEmpty();
    assertThat(emulator.requests(LOGIN).get(0).body())
        .contains("\"email\":\"" + backend.account.email() + "\"")
        .contains("\"passwd\":");
  }

  @Test
  void shouldLogInAgainAndSucceedWhenTheTokenIsRejectedOnce() {
    EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
    backend.memjogger.decks().list().get();
    emulator.expireTokens();

    var created = backend.memjogger.decks().create(DeckName.of("Spanish").get());

    assertThat(created.isRight()).isTrue();
    assertThat(emulator.requests(LOGIN)).hasSize(2);
    assertThat(emulator.requests("POST /api/cardset")).hasSize(2);
    assertThat(backend.memjogger.decks().list().get()).hasSize(1);
  }

  @Test
  void shouldBeUnauthenticatedWhenTheFreshTokenIsRejectedToo() {
    EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
    backend.memjogger.decks().list().get();
    emulator.rejectNext(2);

    var result = backend.memjogger.decks().list();

    assertThat(result.getLeft()).isInstanceOf(Failure.Unauthenticated.class);
    assertThat(result.getLeft().origin().httpStatus()).contains(401);
    assertThat(emulator.requests(LOGIN)).hasSize(2);
    assertThat(emulator.requests("GET /api/cardset")).hasSize(3);
  }

  @Test
  void shouldBeUnauthenticatedWhenThePasswordNoLongerWorks() {
    EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
    backend.memjogger.decks().list().get();
    backend.account.password("changed elsewhere");
    emulator.expireTokens();

    var result = backend.memjogger.decks().list();

    assertThat(result.getLeft()).isInstanceOf(Failure.Unauthenticated.class);
    assertThat(result.getLeft().message())
        .contains("password was rejected")
        .doesNotContain(backend.password);
  }

  @Test
  void shouldBeUnauthenticatedAtOnceWhenAGivenTokenIsRejected() {
    EmulatedMemjogger backend = EmulatedMemjogger.withToken(emulator, clock);
    backend.memjogger.decks().list().get();
    emulator.expireTokens();

    var result = backend.memjogger.decks().list();

    assertThat(result.getLeft()).isInstanceOf(Failure.Unauthenticated.class);
    assertThat(emulator.requests(LOGIN)).isEmpty();
    assertThat(emulator.requests("GET /api/cardset")).hasSize(2);
  }

  @Test
  void shouldLogInAgainWhenTheCachedTokenIsOld() {
    EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
    backend.memjogger.decks().list().get();

    clock.advance(Session.TOKEN_LIFETIME.plusMinutes(1));
    backend.memjogger.decks().list().get();

    assertThat(emulator.requests(LOGIN)).hasSize(2);
  }

  @Test
  void shouldNotLogInWhenConnecting() {
    Memjogger.connect(
            MemjoggerConfig.of(
                    new Login.Password("nobody@example.com", Secret.of("pw")), ZoneId.of("UTC"))
                .withBaseUri(emulator.baseUri()),
            clock,
            new VirtualSleeper(clock))
        .get();

    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void shouldRetryTheLoginWhenTheServiceFailsWhileLoggingIn() {
    EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
    emulator.failNext(1);

    assertThat(backend.memjogger.decks().list().isRight()).isTrue();
    assertThat(emulator.requests(LOGIN)).hasSize(2);
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void shouldNeverPutTheTokenInTheQueryWhenCalling() {
    EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
    backend.memjogger.decks().create(DeckName.of("Spanish").get()).get();
    backend.memjogger.forecasts().forecast(io.vavr.control.Option.none(), 3).get();

    assertThat(emulator.requests())
        .extracting(RecordedRequest::query)
        .noneMatch(q -> q.contains("token"));
  }
}
