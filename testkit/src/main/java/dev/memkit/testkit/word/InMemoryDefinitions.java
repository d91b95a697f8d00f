package dev.memkit.testkit.word;

import dev.memkit.domain.word.CustomDefinition;
import dev.memkit.domain.word.DefinitionDraft;
import dev.memkit.domain.word.DefinitionId;
import dev.memkit.domain.word.VocId;
import dev.memkit.port.Definitions;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.List;

/**
 * {@link Definitions} of an {@link InMemoryWordBackend}: checks drafts like MaiMemo (non-blank
 * text, at most three tags from the fixed list), refuses words missing from the dictionary, and
 * counts creations against the shared cap of 600 per Beijing day.
 */
public final class InMemoryDefinitions implements Definitions, FaultInjectable {

  private final WordState state;
  private final Faults faults;

  InMemoryDefinitions(WordState state, Faults faults) {
    this.state = state;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, List<CustomDefinition>> list(VocId word) {
    return faults.run(
        () -> {
          synchronized (state) {
            return Either.right(
                state.definitions.values().stream().filter(d -> d.vocId().equals(word)).toList());
          }
        });
  }

  @Override
  public Either<Failure, CustomDefinition> create(VocId word, DefinitionDraft draft) {
    return faults.run(
        () -> {
          synchronized (state) {
            return WordState.valid(draft.validate())
                .flatMap(valid -> state.word(word))
                .flatMap(found -> state.countCreation())
                .map(
                    done -> {
                      var id = new DefinitionId(state.nextId("itp-"));
                      var now = state.stamp();
                      var created =
                          new CustomDefinition(
                              id, word, draft.text(), draft.tags(), draft.status(), now, now);
                      state.definitions.put(id, created);
                      return created;
                    });
          }
        });
  }

  @Override
  public Either<Failure, CustomDefinition> update(DefinitionId id, DefinitionDraft draft) {
    return faults.run(
        () -> {
          synchronized (state) {
            return WordState.valid(draft.validate())
                .flatMap(valid -> existing(id))
                .map(
                    old -> {
                      var updated =
                          new CustomDefinition(
                              id,
                              old.vocId(),
                              draft.text(),
                              draft.tags(),
                              draft.status(),
                              old.created(),
                              state.stamp());
                      state.definitions.put(id, updated);
                      return updated;
                    });
          }
        });
  }

  @Override
  public Either<Failure, Done> delete(DefinitionId id) {
    return faults.run(
        () -> {
          synchronized (state) {
            return existing(id)
                .map(
                    old -> {
                      state.definitions.remove(id);
                      return Done.DONE;
                    });
          }
        });
  }

  private Either<Failure, CustomDefinition> existing(DefinitionId id) {
    CustomDefinition found = state.definitions.get(id);
    return found != null ? Either.right(found) : WordState.notFound("definition " + id);
  }
}
