package dev.memkit.testkit.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.memkit.port.Account;
import dev.memkit.port.Attachments;
import dev.memkit.port.CardExports;
import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Definitions;
import dev.memkit.port.Forecasts;
import dev.memkit.port.Mnemonics;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.port.ReviewHistory;
import dev.memkit.port.Reviews;
import dev.memkit.port.Sentences;
import dev.memkit.port.StudyPlan;
import dev.memkit.port.Tags;
import dev.memkit.port.Vocabulary;
import dev.memkit.port.Webhooks;
import dev.memkit.port.WordLists;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.card.InMemoryCardBackend;
import dev.memkit.testkit.card.InMemoryCardExports;
import dev.memkit.testkit.note.InMemoryNoteBackend;
import dev.memkit.testkit.word.InMemoryWordBackend;

/**
 * Binds every port to an in-memory fake, for tests of code that gets its ports from Guice. The
 * fakes share one {@link MutableClock} and one {@link VirtualSleeper}, both bound too, and the
 * three fake backends are bound as well so a test can seed them ({@code
 * InMemoryWordBackend.withWords}), look inside ({@code InMemoryCardBackend.history}) or inject
 * faults ({@code cardBackend.cards().faults().failNext(...)}).
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new FakePortsModule(), new MyAppModule());
 * }</pre>
 */
public final class FakePortsModule extends AbstractModule {

  private final MutableClock clock;

  public FakePortsModule() {
    this(MutableClock.standard());
  }

  public FakePortsModule(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  protected void configure() {
    bind(MutableClock.class).toInstance(clock);
  }

  @Provides
  @Singleton
  VirtualSleeper sleeper(MutableClock clock) {
    return new VirtualSleeper(clock);
  }

  @Provides
  @Singleton
  InMemoryCardBackend cardBackend(MutableClock clock, VirtualSleeper sleeper) {
    return InMemoryCardBackend.create(clock, sleeper);
  }

  @Provides
  @Singleton
  InMemoryNoteBackend noteBackend(MutableClock clock, VirtualSleeper sleeper) {
    return InMemoryNoteBackend.create(clock, sleeper);
  }

  @Provides
  @Singleton
  InMemoryWordBackend wordBackend(MutableClock clock, VirtualSleeper sleeper) {
    return InMemoryWordBackend.create(clock, sleeper);
  }

  @Provides
  Decks decks(InMemoryCardBackend backend) {
    return backend.decks();
  }

  @Provides
  Cards cards(InMemoryCardBackend backend) {
    return backend.cards();
  }

  @Provides
  Reviews reviews(InMemoryCardBackend backend) {
    return backend.reviews();
  }

  @Provides
  Forecasts forecasts(InMemoryCardBackend backend) {
    return backend.forecasts();
  }

  @Provides
  CardImports cardImports(InMemoryCardBackend backend) {
    return backend.cardImports();
  }

  @Provides
  @Singleton
  InMemoryCardExports cardExportsFake(InMemoryCardBackend backend, VirtualSleeper sleeper) {
    return InMemoryCardExports.create(backend, sleeper);
  }

  @Provides
  CardExports cardExports(InMemoryCardExports exports) {
    return exports;
  }

  @Provides
  DeckSchedulers deckSchedulers(InMemoryCardBackend backend) {
    return backend.deckSchedulers();
  }

  @Provides
  ReviewHistory reviewHistory(InMemoryCardBackend backend) {
    return backend.reviewHistory();
  }

  @Provides
  Notes notes(InMemoryNoteBackend backend) {
    return backend.notes();
  }

  @Provides
  Attachments attachments(InMemoryNoteBackend backend) {
    return backend.attachments();
  }

  @Provides
  Tags tags(InMemoryNoteBackend backend) {
    return backend.tags();
  }

  @Provides
  NoteSearch noteSearch(InMemoryNoteBackend backend) {
    return backend.search();
  }

  @Provides
  Webhooks webhooks(InMemoryNoteBackend backend) {
    return backend.webhooks();
  }

  @Provides
  Account account(InMemoryNoteBackend backend) {
    return backend.account();
  }

  @Provides
  Vocabulary vocabulary(InMemoryWordBackend backend) {
    return backend.vocabulary();
  }

  @Provides
  Definitions definitions(InMemoryWordBackend backend) {
    return backend.definitions();
  }

  @Provides
  Mnemonics mnemonics(InMemoryWordBackend backend) {
    return backend.mnemonics();
  }

  @Provides
  Sentences sentences(InMemoryWordBackend backend) {
    return backend.sentences();
  }

  @Provides
  WordLists wordLists(InMemoryWordBackend backend) {
    return backend.wordLists();
  }

  @Provides
  StudyPlan studyPlan(InMemoryWordBackend backend) {
    return backend.studyPlan();
  }
}
