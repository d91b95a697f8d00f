package dev.memkit.app.wiring;

import dev.memkit.adapter.local.LocalStore;
import dev.memkit.adapter.local.LocalStoreConfig;
import dev.memkit.app.cli.GlobalOptions;
import dev.memkit.app.config.LocalSettings;
import dev.memkit.app.config.Settings;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Forecasts;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.port.Origin;
import dev.memkit.port.ReviewHistory;
import dev.memkit.port.Reviews;
import dev.memkit.port.Tags;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Opens the local store on first use, with the file from {@code --db}, {@code MEMKIT_DB} or the
 * default.
 */
final class LocalSource implements BackendSource {

  private final Settings settings;
  private final GlobalOptions options;
  private final Clock clock;
  private final OpenResources resources;
  private Option<Either<Failure, BackendPorts>> opened = Option.none();

  @Inject
  LocalSource(Settings settings, GlobalOptions options, Clock clock, OpenResources resources) {
    this.settings = settings;
    this.options = options;
    this.clock = clock;
    this.resources = resources;
  }

  @Override
  public synchronized Either<Failure, BackendPorts> open() {
    if (opened.isEmpty()) {
      opened = Option.some(openStore());
    }
    return opened.get();
  }

  private Either<Failure, BackendPorts> openStore() {
    return settings
        .local()
        .<Either<Failure, LocalSettings>>fold(
            problems ->
                Either.left(
                    new Failure.Invalid(Origin.local(KnownBackends.LOCAL.name()), problems)),
            Either::right)
        .map(local -> options.database().map(local::withDatabase).getOrElse(local))
        .flatMap(
            local ->
                LocalStore.open(
                    LocalStoreConfig.of(
                        local.database(), new StudyDay(local.zone(), local.dayStartsAt())),
                    clock.withZone(local.zone())))
        .peek(resources::add)
        .map(LocalSource::ports);
  }

  private static BackendPorts ports(LocalStore store) {
    return BackendPorts.builder(KnownBackends.LOCAL.name())
        .with(Decks.class, store.decks())
        .with(Cards.class, store.cards())
        .with(CardImports.class, store.cardImports())
        .with(Reviews.class, store.reviews())
        .with(Forecasts.class, store.forecasts())
        .with(DeckSchedulers.class, store.deckSchedulers())
        .with(ReviewHistory.class, store.reviewHistory())
        .with(Notes.class, store.notes())
        .with(Tags.class, store.tags())
        .with(NoteSearch.class, store.noteSearch())
        .build();
  }
}
