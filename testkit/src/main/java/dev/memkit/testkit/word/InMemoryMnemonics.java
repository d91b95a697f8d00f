package dev.memkit.testkit.word;

import dev.memkit.domain.word.Mnemonic;
import dev.memkit.domain.word.MnemonicDraft;
import dev.memkit.domain.word.MnemonicId;
import dev.memkit.domain.word.VocId;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Mnemonics;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * {@link Mnemonics} of an {@link InMemoryWordBackend}: checks drafts like MaiMemo (non-blank text),
 * refuses words missing from the dictionary, counts creations against the shared cap of 600 per
 * Beijing day, and always dates what it stores.
 */
public final class InMemoryMnemonics implements Mnemonics, FaultInjectable {

  private final WordState state;
  private final Faults faults;

  InMemoryMnemonics(WordState state, Faults faults) {
    this.state = state;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, List<Mnemonic>> list(VocId word) {
    return faults.run(
        () -> {
          synchronized (state) {
            return Either.right(
                state.mnemonics.values().stream().filter(m -> m.vocId().equals(word)).toList());
          }
        });
  }

  @Override
  public Either<Failure, Mnemonic> create(VocId word, MnemonicDraft draft) {
    return faults.run(
        () -> {
          synchronized (state) {
            return WordState.valid(draft.validate())
                .flatMap(valid -> state.word(word))
                .flatMap(found -> state.countCreation())
                .map(
                    done -> {
                      var id = new MnemonicId(state.nextId("note-"));
                      var now = Option.some(state.stamp());
                      var created = new Mnemonic(id, word, draft.type(), draft.text(), now, now);
                      state.mnemonics.put(id, created);
                      return created;
                    });
          }
        });
  }

  @Override
  public Either<Failure, Mnemonic> update(MnemonicId id, MnemonicDraft draft) {
    return faults.run(
        () -> {
          synchronized (state) {
            return WordState.valid(draft.validate())
                .flatMap(valid -> existing(id))
                .map(
                    old -> {
                      var updated =
                          new Mnemonic(
                              id,
                              old.vocId(),
                              draft.type(),
                              draft.text(),
                              old.created(),
                              Option.some(state.stamp()));
                      state.mnemonics.put(id, updated);
                      return updated;
                    });
          }
        });
  }

  @Override
  public Either<Failure, Done> delete(MnemonicId id) {
    return faults.run(
        () -> {
          synchronized (state) {
            return existing(id)
                .map(
                    old -> {
                      state.mnemonics.remove(id);
                      return Done.DONE;
                    });
          }
        });
  }

  private Either<Failure, Mnemonic> existing(MnemonicId id) {
    Mnemonic found = state.mnemonics.get(id);
    return found != null ? Either.right(found) : WordState.notFound("mnemonic " + id);
  }
}
