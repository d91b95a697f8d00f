package dev.memkit.testkit.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.StudyTag;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import dev.memkit.port.RecordQuery;
import dev.memkit.port.StudyPlan;
import dev.memkit.port.TodayQuery;
import dev.memkit.port.WordSelection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StudyPlan} must do. A real account's plan cannot be emptied or seeded, so the
 * tests check that the filtered answers agree with the unfiltered ones, whatever the plan holds,
 * and need only that it holds something: see {@link #createStudyPlan()}. Queries are compared by
 * the words they return.
 */
public abstract class StudyPlanContract {

  private StudyPlan plan;

  /**
   * A plan, fresh for each test, holding study records with at least two different next study
   * dates, and today's items of which at least one is finished, one is not, and one is new.
   */
  protected abstract StudyPlan createStudyPlan();

  /** Two or more dictionary words that may be added to the plan (they may be in it already). */
  protected abstract List<VocId> wordsToAdd();

  @BeforeEach
  void createStudyPlanUnderTest() {
    plan = createStudyPlan();
  }

  private List<TodayItem> today(TodayQuery query) {
    return plan.today(query).get();
  }

  private List<StudyRecord> records(RecordQuery query) {
    return plan.records(query).get();
  }

  private static List<VocId> idsOfItems(List<TodayItem> items) {
    return items.stream().map(TodayItem::vocId).toList();
  }

  private static List<VocId> idsOf(List<StudyRecord> records) {
    return records.stream().map(StudyRecord::vocId).toList();
  }

  private static List<VocId> idsOf(List<StudyRecord> records, Predicate<StudyRecord> keep) {
    return records.stream().filter(keep).map(StudyRecord::vocId).toList();
  }

  private List<LocalDate> nextStudyDates() {
    return records(RecordQuery.all()).stream()
        .flatMap(r -> r.nextStudyDate().toJavaStream())
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void shouldReportConsistentProgressWhenAsked() {
    var progress = plan.progress().get();

    assertThat(progress.remaining()).isEqualTo(Math.max(0, progress.total() - progress.finished()));
    assertThat(progress.studyTime().isNegative()).isFalse();
  }

  @Test
  void shouldOrderTodayItemsByStudyOrderWhenAllAreAsked() {
    var items = today(TodayQuery.all());

    assertThat(items).isNotEmpty();
    assertThat(items).extracting(TodayItem::order).isSorted();
    assertThat(idsOfItems(items)).doesNotHaveDuplicates();
  }

  @Test
  void shouldKeepOnlyMatchingItemsWhenFilteredByFinished() {
    var all = today(TodayQuery.all());

    var finished = today(TodayQuery.all().withFinished(true));
    var unfinished = today(TodayQuery.all().withFinished(false));

    assertThat(finished).isNotEmpty().allMatch(TodayItem::isFinished);
    assertThat(unfinished).isNotEmpty().noneMatch(TodayItem::isFinished);
    assertThat(idsOfItems(finished))
        .containsExactlyInAnyOrderElementsOf(
            idsOfItems(all.stream().filter(TodayItem::isFinished).toList()));
    assertThat(finished.size() + unfinished.size()).isEqualTo(all.size());
  }

  @Test
  void shouldKeepOnlyNewItemsWhenFilteredByFresh() {
    var all = today(TodayQuery.all());

    var fresh = today(TodayQuery.all().withFresh(true));
    var freshUnfinished = today(TodayQuery.all().withFresh(true).withFinished(false));

    assertThat(fresh).isNotEmpty().allMatch(TodayItem::isNew);
    assertThat(idsOfItems(fresh))
        .containsExactlyInAnyOrderElementsOf(
            idsOfItems(all.stream().filter(TodayItem::isNew).toList()));
    assertThat(freshUnfinished).allMatch(item -> item.isNew() && !item.isFinished());
  }

  @Test
  void shouldSelectItemsWhenFilteredByIdsOrSpellings() {
    var item = today(TodayQuery.all()).get(0);
    var shouted = new Spelling(item.spelling().value().toUpperCase(Locale.ROOT));

    var byId = today(TodayQuery.all().withWords(WordSelection.ids(List.of(item.vocId()))));
    var bySpelling = today(TodayQuery.all().withWords(WordSelection.spellings(List.of(shouted))));

    assertThat(byId).containsExactly(item);
    assertThat(bySpelling).contains(item);
    assertThat(today(TodayQuery.all().withWords(WordSelection.ids(List.of())))).isEmpty();
  }

  @Test
  void shouldOrderRecordsByNextStudyDateWhenAllAreAsked() {
    var records = records(RecordQuery.all());

    assertThat(records).isNotEmpty();
    assertThat(idsOf(records)).doesNotHaveDuplicates();
    var dates = records.stream().map(r -> r.nextStudyDate().getOrElse(LocalDate.MAX)).toList();
    assertThat(dates).isSorted();
  }

  @Test
  void shouldIncludeBothBoundsWhenFilteredByNextStudyDates() {
    var all = records(RecordQuery.all());
    var dates = nextStudyDates();
    assertThat(dates).as("the plan needs two different next study dates").hasSizeGreaterThan(1);
    LocalDate first = dates.get(0);
    LocalDate second = dates.get(1);

    var between = records(RecordQuery.all().withNextStudyBetween(first, second));
    var onSecond = records(RecordQuery.all().withNextStudyBetween(second, second));
    var fromSecond = records(RecordQuery.all().withNextStudyFrom(second));
    var untilFirst = records(RecordQuery.all().withNextStudyUntil(first));

    Predicate<StudyRecord> inBetween =
        r -> r.nextStudyDate().exists(d -> !d.isBefore(first) && !d.isAfter(second));
    assertThat(idsOf(between)).containsExactlyInAnyOrderElementsOf(idsOf(all, inBetween));
    assertThat(idsOf(onSecond))
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(idsOf(all, r -> r.nextStudyDate().contains(second)));
    assertThat(idsOf(fromSecond))
        .containsExactlyInAnyOrderElementsOf(
            idsOf(all, r -> r.nextStudyDate().exists(d -> !d.isBefore(second))));
    assertThat(idsOf(untilFirst))
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(idsOf(all, r -> r.nextStudyDate().contains(first)));
  }

  @Test
  void shouldFindNothingWhenRangeIsBeforeEveryDate() {
    LocalDate first = nextStudyDates().get(0);

    var before = RecordQuery.all().withNextStudyUntil(first.minusDays(1));

    assertThat(records(before)).isEmpty();
    assertThat(plan.count(before).get()).isZero();
  }

  @Test
  void shouldCountWhatRecordsReturnWhenQueried() {
    LocalDate first = nextStudyDates().get(0);
    var queries =
        List.of(
            RecordQuery.all(),
            RecordQuery.all().withNextStudyUntil(first),
            RecordQuery.all().withTag(StudyTag.STICKING));

    for (RecordQuery query : queries) {
      assertThat(plan.count(query).get()).as("%s", query).isEqualTo(records(query).size());
      assertThat(plan.count(query.withLimit(1)).get())
          .as("%s", query)
          .isEqualTo(plan.count(query).get());
    }
  }

  @Test
  void shouldCutToTheFirstRecordsWhenLimited() {
    var all = records(RecordQuery.all());

    var limited = records(RecordQuery.all().withLimit(2));

    assertThat(limited).hasSize(Math.min(2, all.size()));
    assertThat(limited)
        .extracting(StudyRecord::nextStudyDate)
        .containsExactlyElementsOf(
            all.subList(0, limited.size()).stream().map(StudyRecord::nextStudyDate).toList());
  }

  @Test
  void shouldKeepOnlyTaggedRecordsWhenFilteredByTag() {
    var all = records(RecordQuery.all());

    for (StudyTag tag : StudyTag.values()) {
      var tagged = records(RecordQuery.all().withTag(tag));

      assertThat(idsOf(tagged))
          .as("%s", tag)
          .containsExactlyInAnyOrderElementsOf(idsOf(all, r -> r.hasTag(tag)));
    }
  }

  @Test
  void shouldSelectRecordsWhenFilteredByIdsOrSpellings() {
    var record = records(RecordQuery.all()).get(0);
    var shouted = new Spelling(record.spelling().value().toUpperCase(Locale.ROOT));

    var byId = records(RecordQuery.all().withWords(WordSelection.ids(List.of(record.vocId()))));
    var bySpelling =
        records(RecordQuery.all().withWords(WordSelection.spellings(List.of(shouted))));

    assertThat(byId).containsExactly(record);
    assertThat(bySpelling).contains(record);
  }

  @Test
  void shouldHoldWordsInPlanWhenAdded() {
    var words = wordsToAdd();
    var selection = RecordQuery.all().withWords(WordSelection.ids(words));

    int added = plan.addWords(words, false).get();

    assertThat(added).isBetween(0, words.size());
    assertThat(plan.count(selection).get()).isEqualTo(words.size());
    assertThat(idsOf(records(selection))).containsExactlyInAnyOrderElementsOf(words);
    assertThat(plan.addWords(words, false).get()).isZero();
  }

  @Test
  void shouldAddNothingWhenNoWordsAreGiven() {
    long before = plan.count(RecordQuery.all()).get();

    assertThat(plan.addWords(List.of(), true).get()).isZero();
    assertThat(plan.count(RecordQuery.all()).get()).isEqualTo(before);
  }

  @Test
  void shouldSkipWordsWhenAlreadyInPlan() {
    var record = records(RecordQuery.all()).get(0);

    assertThat(plan.addWords(List.of(record.vocId()), false).get()).isZero();
    assertThat(records(RecordQuery.all().withWords(WordSelection.ids(List.of(record.vocId())))))
        .extracting(StudyRecord::addDate)
        .containsExactly(record.addDate());
  }
}
