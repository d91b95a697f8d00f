package dev.memkit.domain.word;

import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * What a user writes to create or replace a mnemonic: its {@link MnemonicType} and a non-blank text
 * (which may span several lines). MaiMemo states no length limit.
 *
 * <p>Build it with {@link #of} or {@link #fromLabel}; the constructor does not check the rules, so
 * a port re-checks every draft with {@link #validate()} before writing.
 */
public record MnemonicDraft(MnemonicType type, String text) {

  public MnemonicDraft {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  public static Validation<Seq<Violation>, MnemonicDraft> of(MnemonicType type, String text) {
    return new MnemonicDraft(type, text).validate();
  }

  /** A draft whose type is given by its Chinese label ({@code 谐音}). */
  public static Validation<Seq<Violation>, MnemonicDraft> fromLabel(String typeLabel, String text) {
    Option<MnemonicType> type = MnemonicType.fromLabel(typeLabel);
    Problems problems = new Problems();
    if (type.isEmpty()) {
      problems.add("type", "'" + typeLabel + "' is not one of MaiMemo's 21 mnemonic types");
    }
    return problems.notBlank("text", text).orValid(() -> new MnemonicDraft(type.get(), text));
  }

  /** This draft if it keeps every rule, else all the violations. */
  public Validation<Seq<Violation>, MnemonicDraft> validate() {
    return new Problems().notBlank("text", text).orValid(() -> this);
  }
}
