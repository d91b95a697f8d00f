package dev.memkit.testkit.word;

import dev.memkit.domain.word.DefinitionDraft;
import dev.memkit.domain.word.DefinitionTag;
import dev.memkit.domain.word.MnemonicDraft;
import dev.memkit.domain.word.MnemonicType;
import dev.memkit.domain.word.PublicationStatus;
import dev.memkit.domain.word.SentenceDraft;
import dev.memkit.domain.word.SentenceTag;
import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.StudyResponse;
import dev.memkit.domain.word.StudyTag;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.domain.word.WordListContent;
import dev.memkit.domain.word.WordListDraft;
import dev.memkit.domain.word.WordListTag;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Test data for the word ports: words with predictable ids, and builders of drafts, study records
 * and today's items that start from valid, ordinary values. Builders do not check what they build,
 * so a test can make an invalid draft on purpose ({@code aDefinition().withText("").build()}).
 */
public final class WordFixtures {

  /** An ordinary Beijing study day to date records from. */
  public static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private WordFixtures() {}

  /** The id the fakes give a spelling: {@code voc-} and the spelling in base64url. */
  public static VocId vocIdOf(String spelling) {
    return new VocId(
        "voc-"
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(spelling.getBytes(StandardCharsets.UTF_8)));
  }

  public static Word word(String spelling) {
    return new Word(vocIdOf(spelling), new Spelling(spelling));
  }

  public static List<Word> words(String... spellings) {
    return Arrays.stream(spellings).map(WordFixtures::word).toList();
  }

  /** {@code count} distinct made-up words, {@code w0000}, {@code w0001}, ... */
  public static List<Word> generatedWords(int count) {
    return IntStream.range(0, count).mapToObj(i -> word(String.format("w%04d", i))).toList();
  }

  public static DefinitionBuilder aDefinition() {
    return new DefinitionBuilder();
  }

  public static MnemonicBuilder aMnemonic() {
    return new MnemonicBuilder();
  }

  public static SentenceBuilder aSentence() {
    return new SentenceBuilder();
  }

  public static WordListBuilder aWordList() {
    return new WordListBuilder();
  }

  public static StudyRecordBuilder aStudyRecord(Word word) {
    return new StudyRecordBuilder(word);
  }

  public static TodayItemBuilder aTodayItem(Word word) {
    return new TodayItemBuilder(word);
  }

  /** Builds a {@link DefinitionDraft}: {@code n. 苹果}, tagged 四级, published. */
  public static final class DefinitionBuilder {
    private String text = "n. 苹果";
    private List<DefinitionTag> tags = List.of(DefinitionTag.CET4);
    private PublicationStatus status = PublicationStatus.PUBLISHED;

    public DefinitionBuilder withText(String value) {
      text = value;
      return this;
    }

    public DefinitionBuilder withTags(DefinitionTag... values) {
      tags = List.of(values);
      return this;
    }

    public DefinitionBuilder withStatus(PublicationStatus value) {
      status = value;
      return this;
    }

    public DefinitionDraft build() {
      return new DefinitionDraft(text, tags, status);
    }
  }

  /** Builds a {@link MnemonicDraft}: an association. */
  public static final class MnemonicBuilder {
    private MnemonicType type = MnemonicType.ASSOCIATION;
    private String text = "an apple a day keeps the doctor away";

    public MnemonicBuilder withType(MnemonicType value) {
      type = value;
      return this;
    }

    public MnemonicBuilder withText(String value) {
      text = value;
      return this;
    }

    public MnemonicDraft build() {
      return new MnemonicDraft(type, text);
    }
  }

  /** Builds a {@link SentenceDraft}: a sentence with its translation, tagged 词典, no origin. */
  public static final class SentenceBuilder {
    private String sentence = "She ate an apple.";
    private String translation = "她吃了一个苹果。";
    private List<SentenceTag> tags = List.of(SentenceTag.DICTIONARY);
    private String origin = "";

    public SentenceBuilder withSentence(String value) {
      sentence = value;
      return this;
    }

    public SentenceBuilder withTranslation(String value) {
      translation = value;
      return this;
    }

    public SentenceBuilder withTags(SentenceTag... values) {
      tags = List.of(values);
      return this;
    }

    public SentenceBuilder withOrigin(String value) {
      origin = value;
      return this;
    }

    public SentenceDraft build() {
      return new SentenceDraft(sentence, translation, tags, origin);
    }
  }

  /** Builds a {@link WordListDraft}: a private list of two chapters, tagged GRE. */
  public static final class WordListBuilder {
    private String title = "memkit test list";
    private String brief = "made by a test";
    private List<WordListTag> tags = List.of(WordListTag.GRE);
    private PublicationStatus status = PublicationStatus.UNPUBLISHED;
    private WordListContent content =
        WordListContent.parse("#Unit 1\napple\nbanana\n#Unit 2\ncarry with");

    public WordListBuilder withTitle(String value) {
      title = value;
      return this;
    }

    public WordListBuilder withBrief(String value) {
      brief = value;
      return this;
    }

    public WordListBuilder withTags(WordListTag... values) {
      tags = List.of(values);
      return this;
    }

    public WordListBuilder withStatus(PublicationStatus value) {
      status = value;
      return this;
    }

    public WordListBuilder withContent(String value) {
      content = WordListContent.parse(value);
      return this;
    }

    public WordListDraft build() {
      return new WordListDraft(title, brief, tags, status, content);
    }
  }

  /**
   * Builds a {@link StudyRecord}: added on {@link #DAY}, studied once that day (familiar), next due
   * the day after, no tags.
   */
  public static final class StudyRecordBuilder {
    private final Word word;
    private LocalDate added = DAY;
    private Option<LocalDate> first = Option.some(DAY);
    private Option<LocalDate> last = Option.some(DAY);
    private Option<LocalDate> next = Option.some(DAY.plusDays(1));
    private Option<StudyResponse> response = Option.some(StudyResponse.FAMILIAR);
    private int count = 1;
    private Set<StudyTag> tags = Set.of();

    private StudyRecordBuilder(Word word) {
      this.word = word;
    }

    public StudyRecordBuilder addedOn(LocalDate value) {
      added = value;
      return this;
    }

    /** Studied {@code times} times, first on {@code firstDay}, last on {@code lastDay}. */
    public StudyRecordBuilder studied(LocalDate firstDay, LocalDate lastDay, int times) {
      first = Option.some(firstDay);
      last = Option.some(lastDay);
      count = times;
      return this;
    }

    /** Never studied: no first, last or next date, no response, count 0. */
    public StudyRecordBuilder neverStudied() {
      first = Option.none();
      last = Option.none();
      next = Option.none();
      response = Option.none();
      count = 0;
      return this;
    }

    public StudyRecordBuilder nextOn(LocalDate value) {
      next = Option.some(value);
      return this;
    }

    public StudyRecordBuilder withoutNext() {
      next = Option.none();
      return this;
    }

    public StudyRecordBuilder lastAnswered(StudyResponse value) {
      response = Option.some(value);
      return this;
    }

    public StudyRecordBuilder tagged(StudyTag... values) {
      tags = values.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(values));
      return this;
    }

    public StudyRecord build() {
      return new StudyRecord(
          word.id(), word.spelling(), added, first, last, next, response, count, tags);
    }
  }

  /** Builds a {@link TodayItem}: first in order, not new, not answered, not finished. */
  public static final class TodayItemBuilder {
    private final Word word;
    private int order = 1;
    private Option<StudyResponse> firstResponse = Option.none();
    private boolean fresh;
    private boolean finished;

    private TodayItemBuilder(Word word) {
      this.word = word;
    }

    public TodayItemBuilder inOrder(int value) {
      order = value;
      return this;
    }

    public TodayItemBuilder fresh() {
      fresh = true;
      return this;
    }

    /** Finished today, first answered with {@code response}. */
    public TodayItemBuilder finishedWith(StudyResponse response) {
      finished = true;
      firstResponse = Option.some(response);
      return this;
    }

    public TodayItem build() {
      return new TodayItem(word.id(), word.spelling(), order, firstResponse, fresh, finished);
    }
  }
}
