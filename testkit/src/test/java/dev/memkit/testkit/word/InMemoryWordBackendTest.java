package dev.memkit.testkit.word;

import static dev.memkit.testkit.word.WordFixtures.DAY;
import static dev.memkit.testkit.word.WordFixtures.aDefinition;
import static dev.memkit.testkit.word.WordFixtures.aMnemonic;
import static dev.memkit.testkit.word.WordFixtures.aSentence;
import static dev.memkit.testkit.word.WordFixtures.aWordList;
import static dev.memkit.testkit.word.WordTestBackends.APPLE;
import static dev.memkit.testkit.word.WordTestBackends.BANANA;
import static dev.memkit.testkit.word.WordTestBackends.GRAPE;
import static dev.memkit.testkit.word.WordTestBackends.HONEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.word.HighlightRange;
import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.StudyProgress;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Cursor;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.port.RecordQuery;
import dev.memkit.port.TodayQuery;
import dev.memkit.port.WordSelection;
import dev.memkit.testkit.MutableClock;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Behaviour of the in-memory word backend that the contracts leave open. */
class InMemoryWordBackendTest {

  private final MutableClock clock = MutableClock.standard();
  private final InMemoryWordBackend backend = WordTestBackends.withStudyPlan(clock);

  @Test
  void shouldRefuseWithQuotaExceededWhen600CreatedOnOneBeijingDay() {
    for (int i = 0; i < 200; i++) {
      assertThat(backend.definitions().create(APPLE.id(), aDefinition().build()).isRight())
          .isTrue();
      assertThat(backend.mnemonics().create(APPLE.id(), aMnemonic().build()).isRight()).isTrue();
      assertThat(backend.sentences().create(APPLE.id(), aSentence().build()).isRight()).isTrue();
    }

    var refused = backend.mnemonics().create(BANANA.id(), aMnemonic().build());

    assertThat(refused.getLeft()).isInstanceOf(Failure.QuotaExceeded.class);
    assertThat(refused.getLeft().message()).contains("600");
    assertThat(backend.mnemonics().list(BANANA.id()).get()).isEmpty();
    assertThat(backend.createdOn(DAY)).isEqualTo(600);
  }

  @Test
  void shouldCreateAgainWhenTheNextBeijingDayBegins() {
    for (int i = 0; i < 600; i++) {
      backend.definitions().create(APPLE.id(), aDefinition().build());
    }
    clock.set(Instant.parse("2026-01-05T15:59:59Z"));
    assertThat(backend.definitions().create(APPLE.id(), aDefinition().build()).isLeft()).isTrue();

    clock.set(Instant.parse("2026-01-05T16:00:00Z"));

    assertThat(backend.definitions().create(APPLE.id(), aDefinition().build()).isRight()).isTrue();
    assertThat(backend.createdOn(DAY.plusDays(1))).isEqualTo(1);
  }

  @Test
  void shouldNotCountCreationWhenItFails() {
    backend.definitions().create(APPLE.id(), aDefinition().withText("").build());
    backend.sentences().create(new VocId("voc-unknown"), aSentence().build());
    backend.mnemonics().faults().failNext(1, new Failure.Unavailable(WordState.ORIGIN, "down"));
    backend.mnemonics().create(APPLE.id(), aMnemonic().build());

    assertThat(backend.createdOn(DAY)).isZero();
  }

  @Test
  void shouldFailNotFoundWhenCreatingForUnknownWord() {
    var unknown = new VocId("voc-unknown");

    assertThat(backend.definitions().create(unknown, aDefinition().build()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(backend.mnemonics().create(unknown, aMnemonic().build()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(backend.sentences().create(unknown, aSentence().build()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldReportInvalidBeforeNotFoundWhenBothApply() {
    var result =
        backend.definitions().create(new VocId("voc-unknown"), aDefinition().withText("").build());

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
  }

  @Test
  void shouldHighlightEveryOccurrenceIgnoringCaseWhenSentenceIsStored() {
    var sentence =
        backend
            .sentences()
            .create(APPLE.id(), aSentence().withSentence("Apple pie, apple tree.").build())
            .get();

    assertThat(sentence.highlights())
        .containsExactly(new HighlightRange(0, 5), new HighlightRange(11, 16));
  }

  @Test
  void shouldStampUpdatesInMillisecondsWhenClockStandsStill() {
    clock.set(Instant.parse("2026-01-05T09:00:00.123456Z"));
    var created = backend.definitions().create(APPLE.id(), aDefinition().build()).get();
    var updated =
        backend.definitions().update(created.id(), aDefinition().withText("x").build()).get();

    assertThat(created.created()).isEqualTo(Instant.parse("2026-01-05T09:00:00.123Z"));
    assertThat(updated.updated()).isEqualTo(Instant.parse("2026-01-05T09:00:00.124Z"));
  }

  @Test
  void shouldPreferExactSpellingWhenDictionaryHasBothCases() {
    backend.withWords("china", "China");

    assertThat(backend.vocabulary().lookup(new Spelling("China")).get())
        .isEqualTo(WordFixtures.word("China"));
    assertThat(backend.vocabulary().lookup(new Spelling("china")).get())
        .isEqualTo(WordFixtures.word("china"));
    assertThat(backend.vocabulary().lookup(new Spelling("CHINA")).get())
        .isEqualTo(WordFixtures.word("china"));
  }

  @Test
  void shouldKeepCrLfAndMissingChapterSpaceWhenContentRoundTrips() {
    String text = "#Unit 1\r\n\r\napple\r\n#\r\n  carry with ";

    var created = backend.wordLists().create(aWordList().withContent(text).build()).get();

    assertThat(backend.wordLists().get(created.id()).get().content().render()).isEqualTo(text);
  }

  @Test
  void shouldServeAtMostTenListsWhenPageIsLarger() {
    for (int i = 0; i < 12; i++) {
      backend.wordLists().create(aWordList().withTitle("list " + i).build());
    }

    var first = backend.wordLists().list(PageRequest.first(50)).get();
    var second = backend.wordLists().list(PageRequest.first(50).next(first.next().get())).get();

    assertThat(first.items()).hasSize(InMemoryWordLists.MAX_PAGE);
    assertThat(second.items()).hasSize(2);
    assertThat(second.isLast()).isTrue();
  }

  @Test
  void shouldRejectCursorWhenListingDidNotHandItOut() {
    var result = backend.wordLists().list(PageRequest.after(new Cursor("page-two"), 5));

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
  }

  @Test
  void shouldDeriveProgressFromTodayItemsWhenAsked() {
    assertThat(backend.studyPlan().progress().get())
        .isEqualTo(new StudyProgress(2, 4, Duration.ofMinutes(7)));
  }

  @Test
  void shouldForbidAdvanceWhenUserIsBelowLevel10() {
    backend.withUserLevel(9);

    var result = backend.studyPlan().advance(List.of(APPLE.id()));

    assertThat(result.getLeft())
        .isEqualTo(new Failure.Forbidden(WordState.ORIGIN, "level 10 required"));
    assertThat(record(APPLE).nextStudyDate()).contains(DAY.plusDays(1));
  }

  @Test
  void shouldMakeWordsInPlanDueTodayWhenAdvancedAtLevel10() {
    backend.withUserLevel(10);

    var advanced = backend.studyPlan().advance(List.of(APPLE.id(), GRAPE.id(), APPLE.id()));

    assertThat(advanced.get()).isEqualTo(1);
    assertThat(record(APPLE).nextStudyDate()).contains(DAY);
    assertThat(backend.studyPlan().today(TodayQuery.all()).get())
        .extracting(TodayItem::vocId)
        .containsOnlyOnce(APPLE.id());
  }

  @Test
  void shouldDateAddedWordsTodayWhenAdded() {
    clock.set(Instant.parse("2026-01-05T16:30:00Z"));

    assertThat(backend.studyPlan().addWords(List.of(GRAPE.id()), false).get()).isEqualTo(1);
    assertThat(backend.studyPlan().addWords(List.of(HONEY.id()), true).get()).isEqualTo(1);

    assertThat(record(GRAPE).addDate()).isEqualTo(DAY.plusDays(1));
    assertThat(record(GRAPE).nextStudyDate()).isEmpty();
    assertThat(record(HONEY).nextStudyDate()).contains(DAY.plusDays(1));
    assertThat(backend.studyPlan().today(TodayQuery.all().withFresh(true)).get())
        .extracting(TodayItem::vocId)
        .contains(HONEY.id())
        .doesNotContain(GRAPE.id());
  }

  @Test
  void shouldSkipUnknownIdsWhenAddingWords() {
    var added = backend.studyPlan().addWords(List.of(new VocId("voc-unknown"), GRAPE.id()), false);

    assertThat(added.get()).isEqualTo(1);
  }

  @Test
  void shouldHandleEveryWordWhenBatchHas2500Ids() {
    var words = WordFixtures.generatedWords(2_500);
    backend.withWords(words).withUserLevel(10);
    var ids = words.stream().map(Word::id).toList();

    assertThat(backend.studyPlan().addWords(ids, false).get()).isEqualTo(2_500);
    assertThat(backend.studyPlan().count(RecordQuery.all().withWords(WordSelection.ids(ids))).get())
        .isEqualTo(2_500L);
    assertThat(backend.studyPlan().advance(ids).get()).isEqualTo(2_500);
    assertThat(backend.vocabulary().byIds(ids).get()).hasSize(2_500);
  }

  @Test
  void shouldPutRecordsWithoutNextDateLastWhenListed() {
    var records = backend.studyPlan().records(RecordQuery.all()).get();

    assertThat(records.get(records.size() - 1).vocId()).isEqualTo(WordTestBackends.EGG.id());
    assertThat(backend.studyPlan().records(RecordQuery.all().withNextStudyFrom(DAY)).get())
        .extracting(StudyRecord::vocId)
        .doesNotContain(WordTestBackends.EGG.id());
  }

  @Test
  void shouldGiveEveryCreationItsOwnIdWhenThreadsCreateAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Set<Object> ids = ConcurrentHashMap.newKeySet();
    try {
      List<Future<?>> done =
          java.util.stream.IntStream.range(0, 200)
              .<Future<?>>mapToObj(
                  i ->
                      pool.submit(
                          () ->
                              ids.add(
                                  i % 2 == 0
                                      ? backend
                                          .definitions()
                                          .create(APPLE.id(), aDefinition().build())
                                          .get()
                                          .id()
                                      : backend
                                          .mnemonics()
                                          .create(APPLE.id(), aMnemonic().build())
                                          .get()
                                          .id())))
              .toList();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(ids).hasSize(200);
    assertThat(backend.createdOn(DAY)).isEqualTo(200);
  }

  @Test
  void shouldSeedDictionaryWhenRecordsAreSeeded() {
    assertThat(backend.vocabulary().lookup(new Spelling("fig")).get())
        .isEqualTo(WordTestBackends.FIG);
    assertThat(Option.of(backend.studyPlan().count(RecordQuery.all()).get())).contains(6L);
  }

  private StudyRecord record(Word word) {
    return backend
        .studyPlan()
        .records(RecordQuery.all().withWords(WordSelection.ids(List.of(word.id()))))
        .get()
        .get(0);
  }
}
