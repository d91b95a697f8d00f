package dev.memkit.domain.word;

/**
 * How the user answered a word in MaiMemo. {@code FORGET} is the service's spelling (not FORGOT).
 */
public enum StudyResponse {
  /** 认识: recognised. */
  FAMILIAR,
  /** 模糊: vaguely remembered. */
  VAGUE,
  /** 忘记: forgotten. */
  FORGET,
  /** 熟知: marked as known so well it need not be studied. */
  WELL_FAMILIAR,
  /** 取消熟知: the well-familiar mark was taken back. */
  CANCEL_WELL_FAMILIAR
}
