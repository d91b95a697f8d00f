package dev.memkit.adapter.maimemo;

import static dev.memkit.testkit.word.WordFixtures.DAY;
import static dev.memkit.testkit.word.WordFixtures.aStudyRecord;
import static dev.memkit.testkit.word.WordFixtures.aTodayItem;
import static dev.memkit.testkit.word.WordFixtures.word;

import dev.memkit.domain.word.StudyResponse;
import dev.memkit.domain.word.StudyTag;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Secret;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.emulator.maimemo.MaiMemoEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** An adapter connected to a fresh emulator, both in the virtual time of one clock. */
final class Emulated implements AutoCloseable {

  static final String TOKEN = "mm-test-token-0123456789abcdef";

  static final Word APPLE = word("apple");
  static final Word BANANA = word("banana");
  static final Word CHERRY = word("cherry");
  static final Word DOG = word("dog");
  static final Word EGG = word("egg");
  static final Word FIG = word("fig");
  static final Word GRAPE = word("grape");
  static final Word HONEY = word("honey");
  static final List<Word> DICTIONARY = List.of(APPLE, BANANA, CHERRY, DOG, EGG, FIG, GRAPE, HONEY);

  final MutableClock clock = MutableClock.standard();
  final VirtualSleeper sleeper = new VirtualSleeper(clock);
  final MaiMemoEmulator emulator = MaiMemoEmulator.start(clock, TOKEN).withWords(DICTIONARY);
  final List<String> log = new ArrayList<>();
  private MaiMemo maimemo;

  MaiMemo maimemo() {
    return maimemo(config -> config);
  }

  MaiMemo maimemo(UnaryOperator<MaiMemoConfig> configure) {
    if (maimemo == null) {
      MaiMemoConfig config =
          configure.apply(
              MaiMemoConfig.of(Secret.of(TOKEN))
                  .withBaseUri(emulator.baseUri())
                  .withRequestLog(log::add)
                  .withSafetyMargin(Duration.ofMillis(50)));
      maimemo = MaiMemo.connect(config, clock, sleeper).get();
    }
    return maimemo;
  }

  /** The plan of the testkit's word tests: apple to fig in the plan, four of today's items. */
  Emulated withStudyPlan() {
    emulator
        .withRecords(
            List.of(
                aStudyRecord(APPLE).nextOn(DAY.plusDays(1)).tagged(StudyTag.STICKING).build(),
                aStudyRecord(BANANA).nextOn(DAY.plusDays(1)).build(),
                aStudyRecord(CHERRY).nextOn(DAY.plusDays(3)).tagged(StudyTag.WELL_FAMILIAR).build(),
                aStudyRecord(DOG).nextOn(DAY.plusDays(7)).lastAnswered(StudyResponse.VAGUE).build(),
                aStudyRecord(EGG).addedOn(DAY).neverStudied().build(),
                aStudyRecord(FIG).nextOn(DAY.plusDays(2)).build()))
        .withTodayItems(
            List.of(
                aTodayItem(APPLE).inOrder(1).finishedWith(StudyResponse.FORGET).build(),
                aTodayItem(BANANA).inOrder(2).build(),
                aTodayItem(EGG).inOrder(3).fresh().build(),
                aTodayItem(FIG).inOrder(4).fresh().finishedWith(StudyResponse.FAMILIAR).build()))
        .withStudyTime(Duration.ofMinutes(7));
    return this;
  }

  @Override
  public void close() {
    emulator.close();
  }
}
