package dev.memkit.testkit.word;

import dev.memkit.domain.word.ExampleSentence;
import dev.memkit.domain.word.HighlightRange;
import dev.memkit.domain.word.SentenceDraft;
import dev.memkit.domain.word.SentenceId;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Sentences;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Sentences} of an {@link InMemoryWordBackend}: checks drafts like MaiMemo (non-blank
 * sentence and translation, at most three tags from the fixed list), refuses words missing from the
 * dictionary, counts creations against the shared cap of 600 per Beijing day, and highlights every
 * occurrence of the word's spelling in the sentence, ignoring case.
 */
public final class InMemorySentences implements Sentences, FaultInjectable {

  private final WordState state;
  private final Faults faults;

  InMemorySentences(WordState state, Faults faults) {
    this.state = state;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, List<ExampleSentence>> list(VocId word) {
    return faults.run(
        () -> {
          synchronized (state) {
            return Either.right(
                state.sentences.values().stream().filter(s -> s.vocId().equals(word)).toList());
          }
        });
  }

  @Override
  public Either<Failure, ExampleSentence> create(VocId word, SentenceDraft draft) {
    return faults.run(
        () -> {
          synchronized (state) {
            return WordState.valid(draft.validate())
                .flatMap(valid -> state.word(word))
                .flatMap(found -> state.countCreation().map(done -> found))
                .map(
                    found -> {
                      var id = new SentenceId(state.nextId("phrase-"));
                      var now = state.stamp();
                      var created = sentence(id, found, draft, now, now);
                      state.sentences.put(id, created);
                      return created;
                    });
          }
        });
  }

  @Override
  public Either<Failure, ExampleSentence> update(SentenceId id, SentenceDraft draft) {
    return faults.run(
        () -> {
          synchronized (state) {
            return WordState.valid(draft.validate())
                .flatMap(valid -> existing(id))
                .flatMap(
                    old ->
                        state
                            .word(old.vocId())
                            .map(
                                word -> {
                                  var updated =
                                      sentence(id, word, draft, old.created(), state.stamp());
                                  state.sentences.put(id, updated);
                                  return updated;
                                }));
          }
        });
  }

  @Override
  public Either<Failure, Done> delete(SentenceId id) {
    return faults.run(
        () -> {
          synchronized (state) {
            return existing(id)
                .map(
                    old -> {
                      state.sentences.remove(id);
                      return Done.DONE;
                    });
          }
        });
  }

  private Either<Failure, ExampleSentence> existing(SentenceId id) {
    ExampleSentence found = state.sentences.get(id);
    return found != null ? Either.right(found) : WordState.notFound("example sentence " + id);
  }

  private static ExampleSentence sentence(
      SentenceId id, Word word, SentenceDraft draft, Instant created, Instant updated) {
    return new ExampleSentence(
        id,
        word.id(),
        draft.sentence(),
        draft.translation(),
        draft.tags(),
        draft.origin(),
        highlights(draft.sentence(), word.spelling().value()),
        created,
        updated);
  }

  static List<HighlightRange> highlights(String sentence, String spelling) {
    List<HighlightRange> ranges = new ArrayList<>();
    int length = spelling.length();
    int at = 0;
    while (at + length <= sentence.length()) {
      if (sentence.regionMatches(true, at, spelling, 0, length)) {
        ranges.add(new HighlightRange(at, at + length));
        at += length;
      } else {
        at++;
      }
    }
    return List.copyOf(ranges);
  }
}
