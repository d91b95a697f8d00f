package dev.memkit.adapter.maimemo;

import static dev.memkit.testkit.word.WordFixtures.DAY;
import static dev.memkit.testkit.word.WordFixtures.aDefinition;
import static dev.memkit.testkit.word.WordFixtures.aSentence;
import static dev.memkit.testkit.word.WordFixtures.aStudyRecord;
import static dev.memkit.testkit.word.WordFixtures.aWordList;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.adapter.maimemo.MaiMemoConfig.PathPrefix;
import dev.memkit.domain.word.HighlightRange;
import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.StudyResponse;
import dev.memkit.domain.word.StudyTag;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.domain.word.WordListContent;
import dev.memkit.port.Failure;
import dev.memkit.port.RecordQuery;
import dev.memkit.port.Secret;
import dev.memkit.port.TodayQuery;
import dev.memkit.testkit.word.WordFixtures;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MaiMemoAdapterTest {

  private final Emulated emulated = new Emulated();

  @AfterEach
  void stopEmulator() {
    emulated.close();
  }

  private List<Spelling> spellings(List<Word> words) {
    return words.stream().map(Word::spelling).toList();
  }

  // ---- batching -------------------------------------------------------------------------

  @Test
  void shouldCostFiveCallsNotTenWhenResolvingFiveThousandKnownSpellingsTwice() {
    List<Word> words = WordFixtures.generatedWords(5_000);
    emulated.emulator.withWords(words);
    var vocabulary = emulated.maimemo().vocabulary();

    var first = vocabulary.lookupAll(spellings(words)).get();
    var second = vocabulary.lookupAll(spellings(words)).get();

    assertThat(first).hasSize(5_000).isEqualTo(second);
    assertThat(emulated.emulator.requests("POST /vocabulary/query")).isEqualTo(5);
    assertThat(emulated.emulator.tooManyRequests()).isZero();
  }

  @Test
  void shouldSendOnlyTheMissesWhenSomeSpellingsAreCached() {
    List<Word> words = WordFixtures.generatedWords(1_500);
    emulated.emulator.withWords(words);
    var vocabulary = emulated.maimemo().vocabulary();
    vocabulary.lookupAll(spellings(words.subList(0, 1_000))).get();

    var all = vocabulary.lookupAll(spellings(words)).get();

    assertThat(all).hasSize(1_500);
    // 1000 first, then only the 500 misses: one more call, not two.
    assertThat(emulated.emulator.requests("POST /vocabulary/query")).isEqualTo(2);
  }

  @Test
  void shouldAddTwoThousandFiveHundredWordsInThreeCallsAfterResolution() {
    List<Word> words = WordFixtures.generatedWords(2_500);
    emulated.emulator.withWords(words);
    var maimemo = emulated.maimemo();
    var resolved = maimemo.vocabulary().lookupAll(spellings(words)).get();

    int added = maimemo.studyPlan().addWords(resolved.stream().map(Word::id).toList(), false).get();

    assertThat(added).isEqualTo(2_500);
    assertThat(emulated.emulator.requests("POST /vocabulary/query")).isEqualTo(3);
    assertThat(emulated.emulator.requests("POST /study/add_words")).isEqualTo(3);
    assertThat(emulated.emulator.tooManyRequests()).isZero();
  }

  // ---- rate limits ----------------------------------------------------------------------

  @Test
  void shouldFinishHundredReadsWithoutAny429AtTheVirtualTimeMinimum() {
    List<Word> words = WordFixtures.generatedWords(100);
    emulated.emulator.withWords(words);
    var vocabulary = emulated.maimemo().vocabulary();
    Instant start = emulated.clock.instant();
    Map<Long, Integer> perSecond = new TreeMap<>();

    for (Word word : words) {
      assertThat(vocabulary.lookup(word.spelling()).get()).isEqualTo(word);
      perSecond.merge(
          Duration.between(start, emulated.clock.instant()).toSeconds(), 1, Integer::sum);
    }

    assertThat(emulated.emulator.tooManyRequests()).isZero();
    assertThat(emulated.emulator.totalRequests()).isEqualTo(100);
    assertThat(perSecond).containsOnlyKeys(0L, 10L, 60L, 70L, 120L);
    assertThat(perSecond.values()).containsOnly(20);
  }

  @Test
  void shouldHoldTwoThousandInFiveHoursWithoutA429WhenReadingOnAndOn() {
    List<Word> words = WordFixtures.generatedWords(2_001);
    emulated.emulator.withWords(words);
    var vocabulary = emulated.maimemo().vocabulary();
    Instant start = emulated.clock.instant();

    for (Word word : words) {
      assertThat(vocabulary.lookup(word.spelling()).isRight()).isTrue();
    }

    assertThat(emulated.emulator.tooManyRequests()).isZero();
    assertThat(emulated.emulator.totalRequests()).isEqualTo(2_001);
    // 2000 go within the first hour at 40 a minute; the 2001st waits for the 5-h window.
    assertThat(Duration.between(start, emulated.clock.instant()))
        .isBetween(Duration.ofHours(5), Duration.ofHours(5).plusSeconds(1));
    assertThat(emulated.maimemo().rateLimitWait()).isGreaterThan(Duration.ofHours(4));
  }

  @Test
  void shouldFailListingRecordsRatherThanLoseAnyWhenADayHoldsAThousandOrMore() {
    LocalDate crowded = DAY.plusDays(2);
    List<Word> words = WordFixtures.generatedWords(1_100);
    emulated.emulator.withWords(words);
    emulated.emulator.withRecords(
        words.stream().map(w -> aStudyRecord(w).nextOn(crowded).build()).toList());
    var plan = emulated.maimemo().studyPlan();

    var all = plan.records(RecordQuery.all());
    var first = plan.records(RecordQuery.all().withLimit(10));

    assertThat(all.getLeft()).isInstanceOf(Failure.Unsupported.class);
    assertThat(all.getLeft().message()).contains(crowded.toString());
    assertThat(first.get()).hasSize(10);
    assertThat(plan.count(RecordQuery.all()).get()).isEqualTo(1_100L);
  }

  @Test
  void shouldShareTheLimitsBetweenTwoConnectionsOfTheSameUser() {
    List<Word> words = WordFixtures.generatedWords(40);
    emulated.emulator.withWords(words);
    MaiMemoConfig config =
        MaiMemoConfig.of(Secret.of(Emulated.TOKEN)).withBaseUri(emulated.emulator.baseUri());
    var one = MaiMemo.connect(config, emulated.clock, emulated.sleeper).get().vocabulary();
    var two = MaiMemo.connect(config, emulated.clock, emulated.sleeper).get().vocabulary();
    Instant start = emulated.clock.instant();

    for (int i = 0; i < 40; i++) {
      assertThat((i % 2 == 0 ? one : two).lookup(words.get(i).spelling()).isRight()).isTrue();
    }

    assertThat(emulated.emulator.tooManyRequests()).isZero();
    assertThat(Duration.between(start, emulated.clock.instant()).toSeconds()).isEqualTo(10);
  }

  @Test
  void shouldRetryAReadAfterTenSecondsWhenA429HasNoRetryAfter() {
    emulated.emulator.failNext(1, 429, "too_many_requests", "slow down");
    var vocabulary = emulated.maimemo().vocabulary();
    Instant start = emulated.clock.instant();

    var word = vocabulary.lookup(Emulated.APPLE.spelling());

    assertThat(word.get()).isEqualTo(Emulated.APPLE);
    assertThat(Duration.between(start, emulated.clock.instant()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void shouldNotRetryACreationWhenRateLimited() {
    emulated.emulator.failNext(1, 429, "too_many_requests", "slow down");

    var created =
        emulated.maimemo().definitions().create(Emulated.APPLE.id(), aDefinition().build());

    assertThat(created.getLeft()).isInstanceOf(Failure.RateLimited.class);
    assertThat(emulated.emulator.requests("POST /interpretations")).isEqualTo(1);
  }

  @Test
  void shouldRefuseThe601stCreationOfTheDayBeforeSendingIt() {
    var definitions = emulated.maimemo().definitions();
    for (int i = 0; i < 600; i++) {
      assertThat(
              definitions
                  .create(Emulated.APPLE.id(), aDefinition().withText("d" + i).build())
                  .isRight())
          .as("creation %d", i)
          .isTrue();
    }
    int sent = emulated.emulator.totalRequests();

    var refused = emulated.maimemo().sentences().create(Emulated.APPLE.id(), aSentence().build());

    assertThat(refused.getLeft()).isInstanceOf(Failure.QuotaExceeded.class);
    assertThat(emulated.emulator.totalRequests()).isEqualTo(sent);
    assertThat(emulated.emulator.tooManyRequests()).isZero();
  }

  // ---- errors, envelope, prefix, secrets ------------------------------------------------

  @Test
  void shouldMapEveryServiceErrorCodeToATypedFailureWithTheServiceMessage() {
    var vocabulary = emulated.maimemo().vocabulary();
    Map<String, Class<? extends Failure>> expected =
        Map.of(
            "common_unauthorized", Failure.Unauthenticated.class,
            "common_permission_denied", Failure.Forbidden.class,
            "common_invalid_param", Failure.Invalid.class,
            "phrase_forbid_tags", Failure.Invalid.class);
    expected.forEach(
        (code, type) -> {
          emulated.emulator.failNext(1, 200, code, "service says " + code);
          var failure = vocabulary.lookup(new Spelling("x" + code)).getLeft();
          assertThat(failure).as(code).isInstanceOf(type);
          assertThat(failure.message()).as(code).contains("service says " + code);
        });
    emulated.emulator.failNext(3, 503, "common_unavailable", "down");
    assertThat(vocabulary.lookup(new Spelling("zz")).getLeft())
        .isInstanceOf(Failure.Unavailable.class);
  }

  @Test
  void shouldReadMessageFieldWhenTheErrorHasNoMsg() {
    emulated
        .emulator
        .withAlternativeShapes(true)
        .failNext(1, 403, "common_permission_denied", "markji plus required");

    var failure = emulated.maimemo().studyPlan().progress().getLeft();

    assertThat(failure).isInstanceOf(Failure.Forbidden.class);
    assertThat(failure.message()).contains("markji plus required");
  }

  @Test
  void shouldFallBackToMemoPrefixOnceWhenPlainPathsAreNotFound() {
    emulated.emulator.withPrefixes(false, true);
    var maimemo = emulated.maimemo();

    assertThat(maimemo.vocabulary().lookup(Emulated.APPLE.spelling()).get())
        .isEqualTo(Emulated.APPLE);
    assertThat(maimemo.studyPlan().progress().isRight()).isTrue();

    // One plain attempt, then /memo for the rest: three requests in all.
    assertThat(emulated.emulator.totalRequests()).isEqualTo(3);
  }

  @Test
  void shouldUseMemoPrefixWhenConfigured() {
    emulated.emulator.withPrefixes(false, true);

    var progress =
        emulated.maimemo(config -> config.withPrefix(PathPrefix.MEMO)).studyPlan().progress();

    assertThat(progress.isRight()).isTrue();
    assertThat(emulated.emulator.totalRequests()).isEqualTo(1);
  }

  @Test
  void shouldStripAPastedBearerAndKeepTheTokenOutOfLogsAndMessages() {
    MaiMemoConfig config = MaiMemoConfig.of(Secret.of("Bearer " + Emulated.TOKEN));
    assertThat(config.token().reveal()).isEqualTo(Emulated.TOKEN);
    assertThat(config.toString()).doesNotContain(Emulated.TOKEN);
    var maimemo = emulated.maimemo();
    emulated.emulator.failNext(1, 401, "common_unauthorized", "bad token " + Emulated.TOKEN);

    var failure = maimemo.studyPlan().progress().getLeft();
    maimemo.vocabulary().lookup(Emulated.APPLE.spelling()).get();

    assertThat(failure).isInstanceOf(Failure.Unauthenticated.class);
    assertThat(failure.message()).doesNotContain(Emulated.TOKEN).contains("****");
    assertThat(emulated.log).isNotEmpty().noneMatch(line -> line.contains(Emulated.TOKEN));
  }

  @Test
  void shouldTreatSuccessFalseOnHttp200AsAFailure() {
    emulated.emulator.failNext(1, 200, "common_not_found", "Resource or Api not found");

    var failure = emulated.maimemo(c -> c.withPrefix(PathPrefix.MEMO)).studyPlan().progress();

    assertThat(failure.getLeft()).isInstanceOf(Failure.NotFound.class);
  }

  // ---- study ----------------------------------------------------------------------------

  @Test
  void shouldForbidAdvanceWithLevelTenRequiredWhenTheUserIsBelowIt() {
    emulated.withStudyPlan().emulator.withUserLevel(9);

    var failure = emulated.maimemo().studyPlan().advance(List.of(Emulated.APPLE.id())).getLeft();

    assertThat(failure).isInstanceOf(Failure.Forbidden.class);
    assertThat(failure.message()).contains("level 10 required");
  }

  @Test
  void shouldMergeFinishedAndUnfinishedWhenTheWholeDayIsAsked() {
    emulated.withStudyPlan();

    var all = emulated.maimemo().studyPlan().today(TodayQuery.all()).get();
    var forgotten =
        emulated.maimemo().studyPlan().today(TodayQuery.all().withFinished(true)).get().stream()
            .filter(i -> i.firstResponse().contains(StudyResponse.FORGET))
            .toList();

    assertThat(all).extracting(TodayItem::order).containsExactly(1, 2, 3, 4);
    assertThat(forgotten).extracting(TodayItem::vocId).containsExactly(Emulated.APPLE.id());
    assertThat(emulated.emulator.requests("POST /study/get_today_items")).isEqualTo(3);
  }

  @Test
  void shouldReadBeijingStudyDatesWhenTheServiceWritesThemInUtc() {
    LocalDate due = LocalDate.of(2026, 9, 20);
    emulated.emulator.withRecords(List.of(aStudyRecord(Emulated.APPLE).nextOn(due).build()));

    var records =
        emulated
            .maimemo()
            .studyPlan()
            .records(RecordQuery.all().withNextStudyBetween(due, due))
            .get();

    // Written as 2026-09-19T16:00:00.000Z: the first ten characters would say the 19th.
    assertThat(records).extracting(StudyRecord::nextStudyDate).containsExactly(Option.some(due));
  }

  @Test
  void shouldTolerateAlternativeShapesOfTagsNotepadItemsAndHighlights() {
    emulated.emulator.withAlternativeShapes(true);
    emulated.emulator.withRecords(
        List.of(aStudyRecord(Emulated.APPLE).nextOn(DAY).tagged(StudyTag.STICKING).build()));
    var maimemo = emulated.maimemo();

    var record = maimemo.studyPlan().records(RecordQuery.all()).get().get(0);
    var sentence =
        maimemo
            .sentences()
            .create(Emulated.APPLE.id(), aSentence().withSentence("An apple a day").build())
            .get();
    var list =
        maimemo
            .wordLists()
            .create(aWordList().withContent("#Unit 1\napple\n#Unit 2\nfig").build())
            .get();

    assertThat(record.tags()).containsExactly(StudyTag.STICKING);
    assertThat(sentence.highlights()).containsExactly(new HighlightRange(3, 8));
    assertThat(maimemo.wordLists().get(list.id()).get().content().chapters())
        .extracting(WordListContent.Chapter::name)
        .containsExactly("Unit 1", "Unit 2");
  }

  // ---- export ---------------------------------------------------------------------------

  @Test
  void shouldReportTheCrowdedDayIncompleteAndLoseNothingElseWhenExporting() {
    LocalDate crowded = DAY.plusDays(20);
    List<Word> words = WordFixtures.generatedWords(3_000);
    List<StudyRecord> plan = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      LocalDate next =
          i < 900
              ? DAY.plusDays(1 + i / 100)
              : i < 2_100 ? crowded : crowded.plusDays(1 + (i - 2_100) / 100);
      plan.add(aStudyRecord(words.get(i)).nextOn(next).build());
    }
    emulated.emulator.withWords(words).withRecords(plan);

    var export = emulated.maimemo().exportRecords(Option.none()).get();

    assertThat(export.complete()).isFalse();
    assertThat(export.expected()).isEqualTo(3_000);
    assertThat(export.incompleteDays()).containsExactly(crowded);
    assertThat(export.summary()).startsWith("INCOMPLETE").contains(crowded.toString());
    List<VocId> exported = export.records().stream().map(StudyRecord::vocId).toList();
    assertThat(exported).doesNotHaveDuplicates().hasSize(2_800);
    List<VocId> others =
        plan.stream()
            .filter(r -> !r.nextStudyDate().contains(crowded))
            .map(StudyRecord::vocId)
            .toList();
    assertThat(exported).containsAll(others);
    assertThat(emulated.emulator.tooManyRequests()).isZero();
  }

  @Test
  void shouldExportEverythingAndSayCompleteWhenNoDayIsCrowded() {
    List<Word> words = WordFixtures.generatedWords(2_500);
    List<StudyRecord> plan = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      plan.add(aStudyRecord(words.get(i)).nextOn(DAY.plusDays(i / 300)).build());
    }
    emulated.emulator.withWords(words).withRecords(plan);

    List<Integer> progress = new ArrayList<>();
    var export =
        emulated
            .maimemo()
            .exportRecords(Option.none(), (done, expected) -> progress.add(done))
            .get();
    var resumed = emulated.maimemo().exportRecords(export.resumeFrom()).get();

    assertThat(export.complete()).isTrue();
    assertThat(export.records()).hasSize(2_500);
    assertThat(progress).isSorted().endsWith(2_500).hasSizeGreaterThan(2);
    assertThat(resumed.complete()).isTrue();
    assertThat(resumed.records())
        .isNotEmpty()
        .allMatch(r -> !r.nextStudyDate().get().isBefore(export.resumeFrom().get()));
  }
}
