package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.port.Backend;
import dev.memkit.port.Capability;
import dev.memkit.port.Definitions;
import dev.memkit.port.Failure;
import dev.memkit.port.Mnemonics;
import dev.memkit.port.Sentences;
import dev.memkit.port.Sleeper;
import dev.memkit.port.StudyPlan;
import dev.memkit.port.Vocabulary;
import dev.memkit.port.WordLists;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * MaiMemo (墨墨背单词) through its Open API: the word ports ({@link #vocabulary()}, {@link
 * #definitions()}, {@link #mnemonics()}, {@link #sentences()}, {@link #wordLists()}) and the study
 * plan ({@link #studyPlan()}), plus a lossless {@link #exportRecords export} of the study records.
 *
 * <p>Every call of the process for the same token (and clock) shares one sliding-window rate
 * limiter (20 requests in any 10 s, 40 in any 60 s, 2000 in any 5 h) and one count of the 600
 * creations per Beijing day, however many {@code MaiMemo} instances make them. Time is read from
 * the injected clock and waited through the injected sleeper.
 */
public final class MaiMemo {

  private final Api api;
  private final MaiMemoVocabulary vocabulary;
  private final MaiMemoDefinitions definitions;
  private final MaiMemoMnemonics mnemonics;
  private final MaiMemoSentences sentences;
  private final MaiMemoWordLists wordLists;
  private final MaiMemoStudyPlan studyPlan;

  private MaiMemo(Api api) {
    this.api = api;
    Creations creations = new Creations(api, api.quota());
    this.vocabulary = new MaiMemoVocabulary(api);
    this.definitions = new MaiMemoDefinitions(creations);
    this.mnemonics = new MaiMemoMnemonics(creations);
    this.sentences = new MaiMemoSentences(creations);
    this.wordLists = new MaiMemoWordLists(api);
    this.studyPlan = new MaiMemoStudyPlan(api);
  }

  /**
   * An adapter for the account of {@code config}'s token. Sends nothing yet (the first call finds
   * out whether the token works), so it fails only for a base URI that is not absolute HTTP(S).
   */
  public static Either<Failure, MaiMemo> connect(
      MaiMemoConfig config, Clock clock, Sleeper sleeper) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    String scheme = Option.of(config.baseUri().getScheme()).getOrElse("");
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Either.left(
          new Failure.Invalid(
              Api.local(),
              io.vavr.collection.List.of(
                  dev.memkit.domain.validation.Violation.of(
                      "baseUri", "must be an absolute http(s) URI"))));
    }
    return Either.right(new MaiMemo(new Api(config, clock, sleeper)));
  }

  /** The backend's name, capabilities and configuration (environment variable names only). */
  public static Backend descriptor() {
    return new Backend(
        "maimemo",
        EnumSet.of(
            Capability.VOCABULARY,
            Capability.DEFINITIONS,
            Capability.MNEMONICS,
            Capability.SENTENCES,
            Capability.WORD_LISTS,
            Capability.STUDY_PLAN),
        "MAIMEMO_TOKEN: the Open API token (墨墨背单词 → 我的 → 更多设置 → 实验功能 → 开放 API)");
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public Definitions definitions() {
    return definitions;
  }

  public Mnemonics mnemonics() {
    return mnemonics;
  }

  public Sentences sentences() {
    return sentences;
  }

  public WordLists wordLists() {
    return wordLists;
  }

  public StudyPlan studyPlan() {
    return studyPlan;
  }

  /** How long calls have waited for the rate limits so far (for a progress display). */
  public Duration rateLimitWait() {
    return api.limiter().waited();
  }

  /**
   * The outcome of {@link #exportRecords}: the records reached (each once), how many the plan
   * holds, the days that hold 1000 records or more (of which only the first 1000 are reachable),
   * and the day to resume from. {@link #complete()} is true only when nothing is missing.
   */
  public record RecordExport(
      List<StudyRecord> records,
      long expected,
      List<LocalDate> incompleteDays,
      boolean undatedUnreachable,
      Option<LocalDate> resumeFrom,
      int requests) {

    public RecordExport {
      records = List.copyOf(records);
      incompleteDays = List.copyOf(incompleteDays);
      Objects.requireNonNull(resumeFrom, "resumeFrom");
    }

    /** True only when every record of the plan was exported. */
    public boolean complete() {
      return incompleteDays.isEmpty() && !undatedUnreachable && records.size() >= expected;
    }

    /** One line: what was exported and, if incomplete, exactly what is missing. */
    public String summary() {
      if (complete()) {
        return "exported all " + records.size() + " study records";
      }
      StringBuilder out =
          new StringBuilder(
              "INCOMPLETE: exported " + records.size() + " of " + expected + " study records");
      if (!incompleteDays.isEmpty()) {
        out.append("; 1000 or more records are due on ")
            .append(incompleteDays)
            .append(", of which MaiMemo serves only the first 1000 per day");
      }
      if (undatedUnreachable) {
        out.append("; records without a next study date are out of reach");
      }
      return out.toString();
    }
  }

  /**
   * Exports the study records over the sliding {@code next_study_date} window ({@code limit: 1000},
   * deduplicated by voc id), starting at {@code from} (none: from the beginning; to resume, pass a
   * previous export's {@link RecordExport#resumeFrom()}). A day with 1000 records or more is
   * reported in {@link RecordExport#incompleteDays()} and the export is not {@link
   * RecordExport#complete() complete}; everything else is exported.
   */
  public Either<Failure, RecordExport> exportRecords(Option<LocalDate> from) {
    return exportRecords(from, (done, expected) -> {});
  }

  /** Tells an export's progress: records exported so far, and how many the plan holds. */
  @FunctionalInterface
  public interface ExportProgress {
    void exported(int done, long expected);
  }

  /**
   * {@link #exportRecords(Option)}, telling {@code progress} after each window (the wait for the
   * rate limits so far is {@link #rateLimitWait()}).
   */
  public Either<Failure, RecordExport> exportRecords(
      Option<LocalDate> from, ExportProgress progress) {
    Objects.requireNonNull(progress, "progress");
    RecordWindows windows = studyPlan.windows();
    ObjectNode countBody = Api.object();
    from.forEach(
        day -> countBody.putObject("next_study_date").put("start", Wire.beijingMidnight(day)));
    return windows
        .count(countBody)
        .flatMap(
            expected ->
                windows
                    .sweep(
                        from,
                        Option.none(),
                        Integer.MAX_VALUE,
                        done -> progress.exported(done, expected))
                    .map(
                        sweep ->
                            new RecordExport(
                                sweep.records(),
                                expected,
                                sweep.incompleteDays(),
                                sweep.undatedUnreachable(),
                                sweep.lastStart(),
                                sweep.requests() + 1)));
  }
}
