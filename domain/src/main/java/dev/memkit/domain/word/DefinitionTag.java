package dev.memkit.domain.word;

import io.vavr.control.Option;

/**
 * The fixed list of tags a custom definition may carry (at most three), in MaiMemo's order; the
 * wire text is the Chinese (or English) {@link #label()}. Source: MaiMemo's official API skill
 * (interpretations).
 */
public enum DefinitionTag {
  CONCISE("简明"),
  DETAILED("详细"),
  ENGLISH_ENGLISH("英英"),
  PRIMARY_SCHOOL("小学"),
  JUNIOR_HIGH("初中"),
  SENIOR_HIGH("高中"),
  CET4("四级"),
  CET6("六级"),
  UPGRADE_TO_BACHELOR("专升本"),
  TEM4("专四"),
  TEM8("专八"),
  POSTGRADUATE_EXAM("考研"),
  DOCTORAL_EXAM("考博"),
  IELTS("雅思"),
  TOEFL("托福"),
  TOEIC("托业"),
  NEW_CONCEPT("新概念"),
  GRE("GRE"),
  GMAT("GMAT"),
  BEC("BEC"),
  MBA("MBA"),
  SAT("SAT"),
  ACT("ACT"),
  LAW("法学"),
  MEDICINE("医学");

  private final String label;

  DefinitionTag(String label) {
    this.label = label;
  }

  /** The text MaiMemo sends and expects for this value. */
  public String label() {
    return label;
  }

  /** The value whose {@link #label()} is exactly {@code label}. */
  public static Option<DefinitionTag> fromLabel(String label) {
    for (DefinitionTag value : values()) {
      if (value.label.equals(label)) {
        return Option.some(value);
      }
    }
    return Option.none();
  }
}
