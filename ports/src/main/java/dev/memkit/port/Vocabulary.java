package dev.memkit.port;

import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.List;

/**
 * The dictionary of a word-learning backend: finds the {@link Word} (id and spelling) behind a
 * spelling or an id. Read-only; every call is idempotent.
 *
 * <p>Spellings match without regard to case, and the result carries the backend's own spelling
 * (asking for {@code APPLE} may answer {@code apple}). When the dictionary holds two spellings that
 * differ only in case, the exact one wins. Batch methods accept any number of items (an adapter
 * splits them to fit the service's limits) and answer with the words found, each once, in the order
 * they were first asked for; what is not found is simply absent, never a failure.
 */
public interface Vocabulary {

  /** The word spelt {@code spelling}; {@link Failure.NotFound} when the dictionary lacks it. */
  Either<Failure, Word> lookup(Spelling spelling);

  /** The words of the dictionary among {@code spellings}; unknown spellings are left out. */
  Either<Failure, List<Word>> lookupAll(Collection<Spelling> spellings);

  /** The words with these ids; unknown ids are left out. */
  Either<Failure, List<Word>> byIds(Collection<VocId> ids);
}
