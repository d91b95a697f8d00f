package dev.memkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.adapter.local.LocalStore;
import dev.memkit.adapter.local.LocalStoreConfig;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.Fsrs6Scheduler;
import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.Scheduler;
import dev.memkit.domain.schedule.Sm2Scheduler;
import dev.memkit.domain.schedule.Sm2State;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.PageRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job and {@code memkit review} as a user runs them: the packaged jar in its own
 * JVM, on a real SQLite file, keys piped to the review. Afterwards the file is opened directly to
 * check that every stored state is exactly what FSRS-6 (the default) or SM-2 (a deck that chose it)
 * computes.
 */
class LocalReviewIT {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @TempDir Path dir;

  private MemkitProcess memkit() {
    return MemkitProcess.in(dir).with("MEMKIT_ZONE", ZONE.getId());
  }

  private static Path sample() {
    return Path.of("..", "samples", "english-basics.csv").toAbsolutePath().normalize();
  }

  @Test
  void shouldPrintARealForecastWhenTheSampleDeckIsImportedIntoAFreshStore() throws Exception {
    MemkitProcess.Run imported =
        memkit().run("cards", "import", sample().toString(), "--deck", "English basics");
    MemkitProcess.Run due = memkit().run("due", "--days", "3", "--json");

    assertThat(imported.code()).isZero();
    assertThat(imported.out())
        .contains("Added 50 cards", "skipped 0 duplicates", "rejected 0 rows");
    assertThat(due.code()).isZero();
    assertThat(due.out()).contains("\"dueToday\":50", "\"overdue\":0");
    assertThat(dir.resolve("memkit.db")).exists();
  }

  @Test
  void shouldStoreWhatFsrs6ComputesWhenCardsAreReviewedWithPipedKeys() throws Exception {
    memkit().run("cards", "import", sample().toString(), "--deck", "English basics");

    MemkitProcess.Run review =
        memkit().runWithInput(" 4 5 0q", "review", "--deck", "English basics", "--limit", "5");

    assertThat(review.code()).isZero();
    assertThat(review.out()).contains("Reviewed 3 cards");
    List<Review> reviews = reviewsOf("English basics");
    assertThat(reviews)
        .extracting(Review::grade)
        .containsExactly(Grade.CORRECT_AFTER_HESITATION, Grade.PERFECT, Grade.BLACKOUT);
    Scheduler fsrs = Fsrs6Scheduler.create();
    for (Review given : reviews) {
      assertThat(given.after())
          .isInstanceOf(FsrsState.class)
          .isEqualTo(fsrs.review(given.before(), given.grade(), given.at()));
    }
    // The first review of a new card sets stability to the grade's initial weight (w2 = Good, w3 =
    // Easy).
    assertThat(((FsrsState) reviews.get(0).after()).stability()).isEqualTo(2.3065);
    assertThat(((FsrsState) reviews.get(1).after()).stability()).isEqualTo(8.2956);
  }

  @Test
  void shouldStoreWhatSm2ComputesWhenTheDeckUsesSm2() throws Exception {
    MemkitProcess.Run created = memkit().run("decks", "create", "Verbs", "--scheduler", "sm2");
    memkit().run("cards", "add", "--deck", "Verbs", "-q", "go", "-a", "went");

    MemkitProcess.Run first = memkit().runWithInput(" 5q", "review", "--deck", "Verbs");

    assertThat(created.code()).isZero();
    assertThat(first.code()).isZero();
    List<Review> reviews = reviewsOf("Verbs");
    assertThat(reviews).hasSize(1);
    Sm2State after = (Sm2State) reviews.get(0).after();
    assertThat(after.repetitions()).isEqualTo(1);
    assertThat(after.intervalDays()).isEqualTo(1);
    assertThat(after.easiness()).isEqualByComparingTo(new BigDecimal("2.6"));
    StudyDay studyDay = new StudyDay(ZONE, LocalTime.of(4, 0));
    assertThat(after)
        .isEqualTo(
            Sm2Scheduler.create(studyDay)
                .review(reviews.get(0).before(), reviews.get(0).grade(), reviews.get(0).at()));
  }

  private List<Review> reviewsOf(String deckName) {
    LocalStoreConfig config =
        LocalStoreConfig.of(dir.resolve("memkit.db"), new StudyDay(ZONE, LocalTime.of(4, 0)));
    try (LocalStore store = LocalStore.open(config, Clock.system(ZONE)).get()) {
      Deck deck =
          store.decks().list().get().stream()
              .filter(d -> d.name().value().equals(deckName))
              .findFirst()
              .orElseThrow();
      List<Review> reviews = new ArrayList<>();
      for (Card card : store.cards().list(deck.id(), PageRequest.first(100)).get().items()) {
        reviews.addAll(store.reviewHistory().history(card.id()).get());
      }
      reviews.sort(java.util.Comparator.comparing(Review::at));
      return reviews;
    }
  }
}
