package dev.memkit.domain.word;

import io.vavr.control.Option;

/**
 * The kind of a mnemonic: MaiMemo's 21 official note types. The value MaiMemo sends and expects is
 * the Chinese {@link #label()} itself; there are no separate codes.
 */
public enum MnemonicType {
  ASSOCIATION("联想"),
  HOMOPHONE("谐音"),
  DERIVATION("派生"),
  ROOT("词根"),
  ETYMOLOGY("词源"),
  COLLOCATION("固搭"),
  GRAMMAR("语法"),
  CONTRAST("对比"),
  SYNONYM("近义"),
  ANTONYM("反义"),
  EXTENSION("扩展"),
  CHAIN("串记"),
  RHYME("口诀"),
  COMPOUND("合成"),
  REMARK("吐槽"),
  OTHER("其他"),
  FIXED_COLLOCATION("固定搭配"),
  ROOT_AND_AFFIX("词根词缀"),
  DISTINCTION("辨析"),
  SYNONYM_ANTONYM("近反义词"),
  ILLUSTRATION("图例");

  private final String label;

  MnemonicType(String label) {
    this.label = label;
  }

  /** The text MaiMemo sends and expects for this value. */
  public String label() {
    return label;
  }

  /** The value whose {@link #label()} is exactly {@code label}. */
  public static Option<MnemonicType> fromLabel(String label) {
    for (MnemonicType value : values()) {
      if (value.label.equals(label)) {
        return Option.some(value);
      }
    }
    return Option.none();
  }
}
