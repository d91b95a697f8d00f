package dev.memkit.domain.word;

import io.vavr.control.Option;

/**
 * The tags a cloud word list may carry, with their wire text as {@link #label()}. MaiMemo publishes
 * no official list (its own example uses {@code GRE}); this is the enumeration two independent
 * clients agree on. No maximum count is known; an empty list is accepted.
 */
public enum WordListTag {
  PRIMARY_SCHOOL("小学"),
  JUNIOR_HIGH("初中"),
  SENIOR_HIGH("高中"),
  UNIVERSITY_TEXTBOOK("大学教科书"),
  CET4("四级"),
  CET6("六级"),
  TEM4("专四"),
  TEM8("专八"),
  POSTGRADUATE_EXAM("考研"),
  NEW_CONCEPT("新概念"),
  SAT("SAT"),
  TOEFL("托福"),
  IELTS("雅思"),
  GRE("GRE"),
  GMAT("GMAT"),
  TOEIC("托业"),
  BEC("BEC"),
  DICTIONARY("词典"),
  WORD_FREQUENCY("词频"),
  OTHER("其他");

  private final String label;

  WordListTag(String label) {
    this.label = label;
  }

  /** The text MaiMemo sends and expects for this value. */
  public String label() {
    return label;
  }

  /** The value whose {@link #label()} is exactly {@code label}. */
  public static Option<WordListTag> fromLabel(String label) {
    for (WordListTag value : values()) {
      if (value.label.equals(label)) {
        return Option.some(value);
      }
    }
    return Option.none();
  }
}
