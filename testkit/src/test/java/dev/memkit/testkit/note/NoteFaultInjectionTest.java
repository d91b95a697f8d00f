package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.NoteFixtures.aWebhookDraft;
import static dev.memkit.testkit.note.NoteFixtures.anUpload;
import static dev.memkit.testkit.note.NoteFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Note;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.Origin;
import dev.memkit.port.PageRequest;
import dev.memkit.port.SearchQuery;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoteFaultInjectionTest {

  private static final Failure UNAVAILABLE =
      new Failure.Unavailable(Origin.local("fake"), "injected outage");

  private final MutableClock clock = MutableClock.standard();
  private final VirtualSleeper sleeper = new VirtualSleeper(clock);
  private final InMemoryNoteBackend backend = InMemoryNoteBackend.create(clock, sleeper);

  @Test
  void shouldFailNextCallsAndChangeNothingWhenFailuresAreQueued() {
    backend.notes().faults().failNext(2, UNAVAILABLE);

    assertThat(backend.notes().create(draft("one")).getLeft()).isEqualTo(UNAVAILABLE);
    assertThat(backend.notes().create(draft("two")).getLeft()).isEqualTo(UNAVAILABLE);
    assertThat(backend.notes().create(draft("three")).isRight()).isTrue();

    assertThat(backend.notes().list(NoteQuery.normal(), PageRequest.first()).get().items())
        .extracting(Note::content)
        .containsExactly("three");
    assertThat(backend.notes().faults().calls()).isEqualTo(4);
  }

  @Test
  void shouldSpendLatencyOnVirtualClockWhenLatencyIsSet() {
    Instant start = clock.instant();
    backend.notes().faults().latency(Duration.ofSeconds(2));

    Note note = backend.notes().create(draft("slow")).get();

    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(2));
    assertThat(note.created()).isEqualTo(start.plusSeconds(2));
  }

  @Test
  void shouldKeepFaultsPerFakeWhenOneFakeIsFailing() {
    backend.notes().create(draft("findable"));
    backend.notes().faults().failNext(1, UNAVAILABLE);

    assertThat(
            backend
                .search()
                .search(SearchQuery.of("findable").get(), PageRequest.first())
                .get()
                .items())
        .hasSize(1);
    assertThat(backend.tags().counts().isRight()).isTrue();
    assertThat(backend.notes().list(NoteQuery.normal(), PageRequest.first()).getLeft())
        .isEqualTo(UNAVAILABLE);
  }

  @Test
  void shouldStoreNothingWhenUploadFailsByInjection() {
    backend.attachments().faults().failNext(1, UNAVAILABLE);

    assertThat(backend.attachments().upload(anUpload().build(), Option.none()).getLeft())
        .isEqualTo(UNAVAILABLE);
    assertThat(backend.attachments().list(PageRequest.first()).get().items()).isEmpty();
  }

  @Test
  void shouldReportUnauthenticatedWhenAccountFailureIsQueued() {
    Failure rejected = new Failure.Unauthenticated(Origin.local("fake"), "token expired");
    backend.account().faults().failNext(1, rejected);

    assertThat(backend.account().whoAmI().getLeft()).isEqualTo(rejected);
    assertThat(backend.account().whoAmI().isRight()).isTrue();
  }

  @Test
  void shouldRegisterNothingWhenWebhookCreationFailsByInjection() {
    backend.webhooks().faults().failNext(1, UNAVAILABLE);

    assertThat(backend.webhooks().create(aWebhookDraft().build()).getLeft()).isEqualTo(UNAVAILABLE);
    assertThat(backend.webhooks().list().get()).isEmpty();
  }

  @Test
  void shouldWorkAgainWhenFaultsAreCleared() {
    backend.tags().faults().failNext(3, UNAVAILABLE).latency(Duration.ofSeconds(1));
    backend.tags().faults().clear();

    assertThat(backend.tags().counts().isRight()).isTrue();
    assertThat(sleeper.slept()).isEqualTo(Duration.ZERO);
  }
}
