package dev.memkit.app.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.memkit.app.config.Environment;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.wiring.Wiring;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.CardImports;
import dev.memkit.port.Cards;
import dev.memkit.port.DeckSchedulers;
import dev.memkit.port.Decks;
import dev.memkit.port.Forecasts;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.port.ReviewHistory;
import dev.memkit.port.Reviews;
import dev.memkit.port.Tags;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.card.InMemoryCardBackend;
import dev.memkit.testkit.note.InMemoryNoteBackend;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.util.Map;

/**
 * A Guice module for command tests: the backend {@code local} built from the testkit's in-memory
 * card and note backends (set up like the local store: FSRS-6 by default, days from 4 AM), a {@code
 * memos} backend offering notes only (for "not supported" paths), and a scripted {@link
 * ScriptedTerminal}. {@link #run} runs one command line in-process against them.
 */
public final class FakeBackends extends AbstractModule {

  public final MutableClock clock = MutableClock.standard();
  public final VirtualSleeper sleeper = new VirtualSleeper(clock);
  public final InMemoryCardBackend cards =
      InMemoryCardBackend.create(
          clock, sleeper, SchedulerKind.FSRS6, StudyDay.of(clock.getZone(), LocalTime.of(4, 0)));
  public final InMemoryNoteBackend notes = InMemoryNoteBackend.create(clock, sleeper);
  public final InMemoryNoteBackend remoteNotes = InMemoryNoteBackend.create(clock, sleeper);
  public final ScriptedTerminal terminal = new ScriptedTerminal();

  private Map<String, String> environment = Map.of();

  /** Runs with these environment variables (none by default). */
  public FakeBackends environment(Map<String, String> variables) {
    this.environment = Map.copyOf(variables);
    return this;
  }

  @Override
  protected void configure() {
    MapBinder<String, BackendPorts> backends =
        MapBinder.newMapBinder(binder(), String.class, BackendPorts.class);
    backends.addBinding("local").toInstance(local());
    backends
        .addBinding("memos")
        .toInstance(
            BackendPorts.builder("memos")
                .with(Notes.class, remoteNotes.notes())
                .with(Tags.class, remoteNotes.tags())
                .with(NoteSearch.class, remoteNotes.search())
                .build());
    OptionalBinder.newOptionalBinder(binder(), UserTerminal.class)
        .setBinding()
        .toInstance(terminal);
  }

  private BackendPorts local() {
    return BackendPorts.builder("local")
        .with(Decks.class, cards.decks())
        .with(Cards.class, cards.cards())
        .with(Reviews.class, cards.reviews())
        .with(Forecasts.class, cards.forecasts())
        .with(CardImports.class, cards.cardImports())
        .with(DeckSchedulers.class, cards.deckSchedulers())
        .with(ReviewHistory.class, cards.reviewHistory())
        .with(Notes.class, notes.notes())
        .with(Tags.class, notes.tags())
        .with(NoteSearch.class, notes.search())
        .build();
  }

  public Injector injector() {
    return Wiring.injector(Environment.of(environment), clock, sleeper, this);
  }

  /** Runs one command line; the result holds the exit code and what was printed. */
  public Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, injector(), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** What one command did. */
  public record Run(int code, String out, String err) {}
}
