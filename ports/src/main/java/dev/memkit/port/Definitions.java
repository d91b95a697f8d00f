package dev.memkit.port;

import dev.memkit.domain.word.CustomDefinition;
import dev.memkit.domain.word.DefinitionDraft;
import dev.memkit.domain.word.DefinitionId;
import dev.memkit.domain.word.VocId;
import io.vavr.control.Either;
import java.util.List;

/**
 * The user's own definitions of words (MaiMemo's interpretations). The backend's built-in
 * dictionary definitions are not part of this port.
 *
 * <p>Every write checks its draft first ({@link DefinitionDraft#validate()}) and answers {@link
 * Failure.Invalid}, naming each field, before changing anything. Creating counts towards the
 * backend's daily creation cap (MaiMemo: 600 definitions, mnemonics and example sentences together
 * per Beijing day), answered with {@link Failure.QuotaExceeded}; creating is not idempotent, so a
 * caller must not retry it blindly. Updating replaces text, tags and status; updating or deleting
 * an id that does not exist (or no longer does) is {@link Failure.NotFound}.
 */
public interface Definitions {

  /** The user's definitions of the word, oldest first; empty when there are none. */
  Either<Failure, List<CustomDefinition>> list(VocId word);

  /** Adds a definition to the word; {@link Failure.NotFound} when the word is unknown. */
  Either<Failure, CustomDefinition> create(VocId word, DefinitionDraft draft);

  /** Replaces the definition's text, tags and status; the result has a new {@code updated}. */
  Either<Failure, CustomDefinition> update(DefinitionId id, DefinitionDraft draft);

  Either<Failure, Done> delete(DefinitionId id);
}
