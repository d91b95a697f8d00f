package dev.memkit.testkit.word;

import static dev.memkit.testkit.word.WordFixtures.DAY;
import static dev.memkit.testkit.word.WordFixtures.aStudyRecord;
import static dev.memkit.testkit.word.WordFixtures.aTodayItem;
import static dev.memkit.testkit.word.WordFixtures.word;

import dev.memkit.domain.word.StudyResponse;
import dev.memkit.domain.word.StudyTag;
import dev.memkit.domain.word.Word;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import java.time.Duration;
import java.util.List;

/**
 * Backends for the tests of this package, on {@link MutableClock#standard()} (Beijing day {@link
 * WordFixtures#DAY}).
 */
final class WordTestBackends {

  static final Word APPLE = word("apple");
  static final Word BANANA = word("banana");
  static final Word CHERRY = word("cherry");
  static final Word DOG = word("dog");
  static final Word EGG = word("egg");
  static final Word FIG = word("fig");
  static final Word GRAPE = word("grape");
  static final Word HONEY = word("honey");

  private WordTestBackends() {}

  /** A backend knowing the eight words above and nothing else. */
  static InMemoryWordBackend withDictionary(MutableClock clock) {
    return InMemoryWordBackend.create(clock, new VirtualSleeper(clock))
        .withWords(List.of(APPLE, BANANA, CHERRY, DOG, EGG, FIG, GRAPE, HONEY));
  }

  static InMemoryWordBackend withDictionary() {
    return withDictionary(MutableClock.standard());
  }

  /**
   * Apple to fig in the plan (grape and honey not): records due over several days, one never
   * studied, tags on two; today's items apple (finished), banana, egg (new), fig (new, finished).
   */
  static InMemoryWordBackend withStudyPlan(MutableClock clock) {
    return withDictionary(clock)
        .withRecords(
            aStudyRecord(APPLE).nextOn(DAY.plusDays(1)).tagged(StudyTag.STICKING).build(),
            aStudyRecord(BANANA).nextOn(DAY.plusDays(1)).build(),
            aStudyRecord(CHERRY).nextOn(DAY.plusDays(3)).tagged(StudyTag.WELL_FAMILIAR).build(),
            aStudyRecord(DOG).nextOn(DAY.plusDays(7)).lastAnswered(StudyResponse.VAGUE).build(),
            aStudyRecord(EGG).addedOn(DAY).neverStudied().build(),
            aStudyRecord(FIG).nextOn(DAY.plusDays(2)).build())
        .withTodayItems(
            aTodayItem(APPLE).inOrder(1).finishedWith(StudyResponse.FORGET).build(),
            aTodayItem(BANANA).inOrder(2).build(),
            aTodayItem(EGG).inOrder(3).fresh().build(),
            aTodayItem(FIG).inOrder(4).fresh().finishedWith(StudyResponse.FAMILIAR).build())
        .withStudyTime(Duration.ofMinutes(7));
  }

  static InMemoryWordBackend withStudyPlan() {
    return withStudyPlan(MutableClock.standard());
  }
}
