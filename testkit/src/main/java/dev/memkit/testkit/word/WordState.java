package dev.memkit.testkit.word;

import dev.memkit.domain.validation.Violation;
import dev.memkit.domain.word.BeijingDay;
import dev.memkit.domain.word.CustomDefinition;
import dev.memkit.domain.word.DefinitionId;
import dev.memkit.domain.word.ExampleSentence;
import dev.memkit.domain.word.Mnemonic;
import dev.memkit.domain.word.MnemonicId;
import dev.memkit.domain.word.SentenceId;
import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.domain.word.WordList;
import dev.memkit.domain.word.WordListId;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything one in-memory MaiMemo account holds, shared by the fakes of one {@link
 * InMemoryWordBackend}. Not thread-safe by itself: every fake locks on the state object.
 */
final class WordState {

  static final Origin ORIGIN = Origin.local("fake");

  /** MaiMemo's cap on definitions, mnemonics and example sentences created per Beijing day. */
  static final int DAILY_CREATION_CAP = 600;

  final Clock clock;
  final Map<VocId, Word> dictionary = new LinkedHashMap<>();
  final Map<DefinitionId, CustomDefinition> definitions = new LinkedHashMap<>();
  final Map<MnemonicId, Mnemonic> mnemonics = new LinkedHashMap<>();
  final Map<SentenceId, ExampleSentence> sentences = new LinkedHashMap<>();
  final Map<WordListId, WordList> wordLists = new LinkedHashMap<>();
  final Map<VocId, StudyRecord> records = new LinkedHashMap<>();
  final Map<VocId, TodayItem> today = new LinkedHashMap<>();
  final Map<LocalDate, Integer> createdPerDay = new HashMap<>();
  Duration studyTime = Duration.ZERO;
  int userLevel = 1;
  private long lastId;
  private Instant lastStamp = Instant.MIN;

  WordState(Clock clock) {
    this.clock = clock;
  }

  void addWord(Word word) {
    dictionary.put(word.id(), word);
  }

  /** The dictionary word spelt exactly so, else the first spelt so ignoring case. */
  Option<Word> find(Spelling spelling) {
    Option<Word> ignoringCase = Option.none();
    for (Word word : dictionary.values()) {
      if (word.spelling().equals(spelling)) {
        return Option.some(word);
      }
      if (ignoringCase.isEmpty() && word.spelling().sameIgnoringCase(spelling)) {
        ignoringCase = Option.some(word);
      }
    }
    return ignoringCase;
  }

  Either<Failure, Word> word(VocId id) {
    Word word = dictionary.get(id);
    return word != null ? Either.right(word) : notFound("word " + id);
  }

  String nextId(String prefix) {
    return prefix + (++lastId);
  }

  /**
   * Now, in milliseconds as MaiMemo writes times, and always later than the previous stamp: a
   * version must change on every write even when the test clock stands still.
   */
  Instant stamp() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusMillis(1);
    return lastStamp;
  }

  LocalDate today() {
    return BeijingDay.of(clock.instant());
  }

  /** Counts one creation against today's cap, or refuses when the cap is reached. */
  Either<Failure, Done> countCreation() {
    LocalDate day = today();
    int created = createdPerDay.getOrDefault(day, 0);
    if (created >= DAILY_CREATION_CAP) {
      return Either.left(
          new Failure.QuotaExceeded(
              ORIGIN,
              DAILY_CREATION_CAP
                  + " definitions, mnemonics and example sentences per Beijing day (reached on "
                  + day
                  + ")"));
    }
    createdPerDay.put(day, created + 1);
    return Either.right(Done.DONE);
  }

  static <T> Either<Failure, T> valid(Validation<Seq<Violation>, T> validation) {
    return validation.isValid()
        ? Either.right(validation.get())
        : Either.left(new Failure.Invalid(ORIGIN, validation.getError()));
  }

  static <T> Either<Failure, T> notFound(String what) {
    return Either.left(new Failure.NotFound(ORIGIN, what));
  }
}
