package dev.memkit.port;

import dev.memkit.domain.word.ExampleSentence;
import dev.memkit.domain.word.SentenceDraft;
import dev.memkit.domain.word.SentenceId;
import dev.memkit.domain.word.VocId;
import io.vavr.control.Either;
import java.util.List;

/**
 * The user's own example sentences for words (MaiMemo's phrases, 例句). The backend computes where
 * the word sits in the sentence (the highlights); they are not part of the draft.
 *
 * <p>Every write checks its draft first ({@link SentenceDraft#validate()}) and answers {@link
 * Failure.Invalid}, naming each field, before changing anything. Creating counts towards the
 * backend's daily creation cap (MaiMemo: 600 definitions, mnemonics and example sentences together
 * per Beijing day), answered with {@link Failure.QuotaExceeded}; creating is not idempotent, so a
 * caller must not retry it blindly. Updating replaces sentence, translation, tags and origin;
 * updating or deleting an id that does not exist (or no longer does) is {@link Failure.NotFound}.
 */
public interface Sentences {

  /** The user's example sentences for the word, oldest first; empty when there are none. */
  Either<Failure, List<ExampleSentence>> list(VocId word);

  /** Adds an example sentence to the word; {@link Failure.NotFound} when the word is unknown. */
  Either<Failure, ExampleSentence> create(VocId word, SentenceDraft draft);

  /** Replaces the sentence, its translation, tags and origin. */
  Either<Failure, ExampleSentence> update(SentenceId id, SentenceDraft draft);

  Either<Failure, Done> delete(SentenceId id);
}
