package dev.memkit.testkit.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.memkit.domain.card.DeckName;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.card.InMemoryCardBackend;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakePortsModuleTest {

  private final Injector injector = Guice.createInjector(new FakePortsModule());

  @Test
  void shouldShareOneFakeBackendWhenPortsAreInjectedSeparately() {
    Decks decks = injector.getInstance(Decks.class);

    decks.create(DeckName.of("Verbs").get()).get();

    assertThat(injector.getInstance(Decks.class).list().get()).hasSize(1);
    assertThat(injector.getInstance(InMemoryCardBackend.class).decks().list().get()).hasSize(1);
  }

  @Test
  void shouldInjectFaultsThroughTheBoundBackendWhenATestAsksForThem() {
    Failure down = new Failure.Unavailable(Origin.local("fake"), "maintenance");
    injector.getInstance(InMemoryCardBackend.class).decks().faults().failNext(1, down);

    assertThat(injector.getInstance(Decks.class).list().getLeft()).isEqualTo(down);
    assertThat(injector.getInstance(Decks.class).list().isRight()).isTrue();
  }

  @Test
  void shouldSpendLatencyInVirtualTimeWhenTheFakeIsSlow() {
    MutableClock clock = injector.getInstance(MutableClock.class);
    var before = clock.instant();
    injector.getInstance(InMemoryCardBackend.class).decks().faults().latency(Duration.ofSeconds(3));

    injector.getInstance(Decks.class).list();

    assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofSeconds(3));
    assertThat(injector.getInstance(VirtualSleeper.class).slept()).isEqualTo(Duration.ofSeconds(3));
  }
}
