package dev.memkit.testkit.word;

import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Failure;
import dev.memkit.port.Vocabulary;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Vocabulary} over the dictionary of an {@link InMemoryWordBackend}: exact spellings win,
 * else case is ignored; batches of any size.
 */
public final class InMemoryVocabulary implements Vocabulary, FaultInjectable {

  private final WordState state;
  private final Faults faults;

  InMemoryVocabulary(WordState state, Faults faults) {
    this.state = state;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, Word> lookup(Spelling spelling) {
    return faults.run(
        () -> {
          synchronized (state) {
            return state
                .find(spelling)
                .<Either<Failure, Word>>map(Either::right)
                .getOrElse(() -> WordState.notFound("word '" + spelling + "'"));
          }
        });
  }

  @Override
  public Either<Failure, List<Word>> lookupAll(Collection<Spelling> spellings) {
    List<Spelling> asked = List.copyOf(spellings);
    return faults.run(
        () -> {
          synchronized (state) {
            Map<VocId, Word> found = new LinkedHashMap<>();
            asked.forEach(
                spelling -> state.find(spelling).forEach(w -> found.putIfAbsent(w.id(), w)));
            return Either.right(List.copyOf(found.values()));
          }
        });
  }

  @Override
  public Either<Failure, List<Word>> byIds(Collection<VocId> ids) {
    List<VocId> asked = List.copyOf(ids);
    return faults.run(
        () -> {
          synchronized (state) {
            return Either.right(
                asked.stream()
                    .distinct()
                    .map(state.dictionary::get)
                    .filter(Objects::nonNull)
                    .toList());
          }
        });
  }
}
