package dev.memkit.app.wiring;

import dev.memkit.adapter.memjogger.Memjogger;
import dev.memkit.adapter.memjogger.MemjoggerConfig;
import dev.memkit.app.config.MemjoggerSettings;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.port.CardExports;
import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.port.Reviews;
import dev.memkit.port.Sleeper;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

/**
 * Connects to Memjogger on first use; the client's day is the clock's zone, as the API document
 * advises.
 */
final class MemjoggerSource implements BackendSource {

  private final MemjoggerSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;
  private Option<Either<Failure, BackendPorts>> opened = Option.none();

  MemjoggerSource(MemjoggerSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public synchronized Either<Failure, BackendPorts> open() {
    if (opened.isEmpty()) {
      opened = Option.some(Memjogger.connect(config(), clock, sleeper).map(MemjoggerSource::ports));
    }
    return opened.get();
  }

  private MemjoggerConfig config() {
    MemjoggerConfig.Login login =
        settings.login() instanceof MemjoggerSettings.WithPassword password
            ? new MemjoggerConfig.Login.Password(password.email(), password.password())
            : new MemjoggerConfig.Login.Token(
                ((MemjoggerSettings.WithToken) settings.login()).token());
    MemjoggerConfig config = MemjoggerConfig.of(login, clock.getZone());
    return settings.baseUri().map(config::withBaseUri).getOrElse(config);
  }

  private static BackendPorts ports(Memjogger memjogger) {
    return BackendPorts.builder(Memjogger.NAME)
        .with(Decks.class, memjogger.decks())
        .with(Cards.class, memjogger.cards())
        .with(CardImports.class, memjogger.cardImports())
        .with(Reviews.class, memjogger.reviews())
        .with(Forecasts.class, memjogger.forecasts())
        .with(CardExports.class, memjogger.exports())
        .build();
  }
}
