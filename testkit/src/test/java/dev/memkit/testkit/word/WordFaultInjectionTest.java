package dev.memkit.testkit.word;

import static dev.memkit.testkit.word.WordFixtures.aDefinition;
import static dev.memkit.testkit.word.WordFixtures.aWordList;
import static dev.memkit.testkit.word.WordTestBackends.APPLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.word.Spelling;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.port.TodayQuery;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordFaultInjectionTest {

  private static final Failure DOWN = new Failure.Unavailable(Origin.local("fake"), "injected");
  private static final Failure LIMITED =
      new Failure.RateLimited(Origin.local("fake"), Option.some(Duration.ofSeconds(10)));

  private final MutableClock clock = MutableClock.standard();
  private final VirtualSleeper sleeper = new VirtualSleeper(clock);
  private final InMemoryWordBackend backend =
      InMemoryWordBackend.create(clock, sleeper).withWords(List.of(APPLE));

  @Test
  void shouldFailQueuedCallsThenRecoverWhenFailuresAreInjected() {
    backend.vocabulary().faults().failNext(2, LIMITED);
    var apple = new Spelling("apple");

    assertThat(backend.vocabulary().lookup(apple).getLeft()).isEqualTo(LIMITED);
    assertThat(backend.vocabulary().lookupAll(List.of(apple)).getLeft()).isEqualTo(LIMITED);
    assertThat(backend.vocabulary().lookup(apple).get()).isEqualTo(APPLE);
    assertThat(backend.vocabulary().faults().calls()).isEqualTo(3);
  }

  @Test
  void shouldChangeNothingWhenInjectedFailureHitsAWrite() {
    backend.definitions().faults().failNext(1, DOWN);

    assertThat(backend.definitions().create(APPLE.id(), aDefinition().build()).getLeft())
        .isEqualTo(DOWN);
    assertThat(backend.definitions().list(APPLE.id()).get()).isEmpty();
  }

  @Test
  void shouldFailOnlyThatFakeWhenFakesShareState() {
    backend.wordLists().faults().failNext(1, DOWN);

    assertThat(backend.definitions().create(APPLE.id(), aDefinition().build()).isRight()).isTrue();
    assertThat(backend.wordLists().create(aWordList().build()).getLeft()).isEqualTo(DOWN);
    assertThat(backend.wordLists().create(aWordList().build()).isRight()).isTrue();
  }

  @Test
  void shouldSpendLatencyInVirtualTimeWhenFakeIsSlow() {
    backend.studyPlan().faults().latency(Duration.ofSeconds(2));

    backend.studyPlan().progress();
    backend.studyPlan().today(TodayQuery.all());

    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(4));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-05T09:00:04Z"));
  }

  @Test
  void shouldStampWritesAfterLatencyWhenFakeIsSlow() {
    backend.mnemonics().faults().latency(Duration.ofMinutes(1));

    var created = backend.mnemonics().create(APPLE.id(), WordFixtures.aMnemonic().build()).get();

    assertThat(created.created()).contains(Instant.parse("2026-01-05T09:01:00Z"));
  }

  @Test
  void shouldRunNormallyWhenFaultsAreCleared() {
    backend.sentences().faults().failNext(3, DOWN).latency(Duration.ofHours(1)).clear();

    assertThat(backend.sentences().list(APPLE.id()).isRight()).isTrue();
    assertThat(sleeper.slept()).isZero();
  }
}
