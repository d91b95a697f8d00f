package dev.memkit.testkit.word;

import static dev.memkit.testkit.word.WordFixtures.aMnemonic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.validation.Violation;
import dev.memkit.domain.word.Mnemonic;
import dev.memkit.domain.word.MnemonicId;
import dev.memkit.domain.word.MnemonicType;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Failure;
import dev.memkit.port.Mnemonics;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Mnemonics} must do. The user's mnemonics may not start empty on a real account,
 * so the tests look only at what they create themselves.
 */
public abstract class MnemonicsContract {

  private Mnemonics mnemonics;

  /** A fresh instance; called once per test. */
  protected abstract Mnemonics createMnemonics();

  /** Two or more different words of the dictionary. */
  protected abstract List<Word> knownWords();

  @BeforeEach
  void createMnemonicsUnderTest() {
    mnemonics = createMnemonics();
  }

  private VocId word(int index) {
    return knownWords().get(index).id();
  }

  private Mnemonic stored(VocId word, MnemonicId id) {
    return mnemonics.list(word).get().stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("mnemonic " + id + " is not listed"));
  }

  @Test
  void shouldListMnemonicWhenCreated() {
    var draft = aMnemonic().withType(MnemonicType.HOMOPHONE).withText("apple ≈ 爱破\n第二行").build();

    var created = mnemonics.create(word(0), draft).get();

    assertThat(created.vocId()).isEqualTo(word(0));
    assertThat(created.draft()).isEqualTo(draft);
    assertThat(stored(word(0), created.id()).draft()).isEqualTo(draft);
  }

  @Test
  void shouldKeepEveryOfficialTypeWhenCreating() {
    for (MnemonicType type : List.of(MnemonicType.ROOT_AND_AFFIX, MnemonicType.ILLUSTRATION)) {
      var created = mnemonics.create(word(0), aMnemonic().withType(type).build()).get();

      assertThat(stored(word(0), created.id()).type()).isEqualTo(type);
    }
  }

  @Test
  void shouldListOnlyTheWordsOwnMnemonicsWhenSeveralWordsHaveSome() {
    var first = mnemonics.create(word(0), aMnemonic().build()).get();
    var second = mnemonics.create(word(1), aMnemonic().build()).get();

    assertThat(mnemonics.list(word(0)).get())
        .extracting(Mnemonic::id)
        .contains(first.id())
        .doesNotContain(second.id());
  }

  @Test
  void shouldReplaceTypeAndTextWhenUpdated() {
    var created = mnemonics.create(word(0), aMnemonic().build()).get();
    var draft =
        aMnemonic().withType(MnemonicType.ETYMOLOGY).withText("from Old English æppel").build();

    var updated = mnemonics.update(created.id(), draft).get();

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.draft()).isEqualTo(draft);
    assertThat(stored(word(0), created.id()).draft()).isEqualTo(draft);
  }

  @Test
  void shouldRejectBlankTextBeforeWritingWhenCreating() {
    var before = mnemonics.list(word(0)).get();

    var result = mnemonics.create(word(0), aMnemonic().withText(" \n ").build());

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(((Failure.Invalid) result.getLeft()).violations())
        .extracting(Violation::field)
        .containsExactly("text");
    assertThat(mnemonics.list(word(0)).get()).isEqualTo(before);
  }

  @Test
  void shouldRejectBlankTextBeforeWritingWhenUpdating() {
    var created = mnemonics.create(word(0), aMnemonic().build()).get();

    var result = mnemonics.update(created.id(), aMnemonic().withText("").build());

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(stored(word(0), created.id())).isEqualTo(created);
  }

  @Test
  void shouldForgetMnemonicWhenDeleted() {
    var created = mnemonics.create(word(0), aMnemonic().build()).get();

    assertThat(mnemonics.delete(created.id()).isRight()).isTrue();

    assertThat(mnemonics.list(word(0)).get()).extracting(Mnemonic::id).doesNotContain(created.id());
    assertThat(mnemonics.delete(created.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldFailNotFoundWhenIdIsUnknown() {
    var unknown = new MnemonicId("memkit-no-such-mnemonic");

    assertThat(mnemonics.update(unknown, aMnemonic().build()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(mnemonics.delete(unknown).getLeft()).isInstanceOf(Failure.NotFound.class);
  }
}
