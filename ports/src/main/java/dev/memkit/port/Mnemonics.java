package dev.memkit.port;

import dev.memkit.domain.word.Mnemonic;
import dev.memkit.domain.word.MnemonicDraft;
import dev.memkit.domain.word.MnemonicId;
import dev.memkit.domain.word.VocId;
import io.vavr.control.Either;
import java.util.List;

/**
 * The user's own mnemonics for words (MaiMemo's notes, 助记).
 *
 * <p>Every write checks its draft first ({@link MnemonicDraft#validate()}) and answers {@link
 * Failure.Invalid}, naming each field, before changing anything. Creating counts towards the
 * backend's daily creation cap (MaiMemo: 600 definitions, mnemonics and example sentences together
 * per Beijing day), answered with {@link Failure.QuotaExceeded}; creating is not idempotent, so a
 * caller must not retry it blindly. Updating replaces type and text; updating or deleting an id
 * that does not exist (or no longer does) is {@link Failure.NotFound}.
 */
public interface Mnemonics {

  /**
   * The user's mnemonics for the word, oldest first where the backend dates them; empty when there
   * are none.
   */
  Either<Failure, List<Mnemonic>> list(VocId word);

  /** Adds a mnemonic to the word; {@link Failure.NotFound} when the word is unknown. */
  Either<Failure, Mnemonic> create(VocId word, MnemonicDraft draft);

  /** Replaces the mnemonic's type and text. */
  Either<Failure, Mnemonic> update(MnemonicId id, MnemonicDraft draft);

  Either<Failure, Done> delete(MnemonicId id);
}
