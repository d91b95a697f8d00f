package dev.memkit.domain.word;

/** Marks MaiMemo puts on a word of the study plan. */
public enum StudyTag {
  /** 黏连: frequently forgotten. */
  STICKING,
  /** 熟知: known so well it need not be studied. */
  WELL_FAMILIAR
}
