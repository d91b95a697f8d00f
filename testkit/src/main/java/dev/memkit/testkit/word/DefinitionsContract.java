package dev.memkit.testkit.word;

import static dev.memkit.testkit.word.WordFixtures.aDefinition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.validation.Violation;
import dev.memkit.domain.word.CustomDefinition;
import dev.memkit.domain.word.DefinitionId;
import dev.memkit.domain.word.DefinitionTag;
import dev.memkit.domain.word.PublicationStatus;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.port.Definitions;
import dev.memkit.port.Failure;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Definitions} must do. The user's definitions may not start empty on a real
 * account, so the tests look only at what they create themselves.
 */
public abstract class DefinitionsContract {

  private Definitions definitions;

  /** A fresh instance; called once per test. */
  protected abstract Definitions createDefinitions();

  /** Two or more different words of the dictionary. */
  protected abstract List<Word> knownWords();

  @BeforeEach
  void createDefinitionsUnderTest() {
    definitions = createDefinitions();
  }

  private VocId word(int index) {
    return knownWords().get(index).id();
  }

  private CustomDefinition stored(VocId word, DefinitionId id) {
    return definitions.list(word).get().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("definition " + id + " is not listed"));
  }

  @Test
  void shouldListDefinitionWhenCreated() {
    var draft =
        aDefinition()
            .withText("n. 苹果；苹果树")
            .withTags(DefinitionTag.CET4, DefinitionTag.GRE)
            .withStatus(PublicationStatus.UNPUBLISHED)
            .build();

    var created = definitions.create(word(0), draft).get();

    assertThat(created.vocId()).isEqualTo(word(0));
    assertThat(created.draft()).isEqualTo(draft);
    assertThat(created.updated()).isAfterOrEqualTo(created.created());
    assertThat(stored(word(0), created.id()).draft()).isEqualTo(draft);
  }

  @Test
  void shouldAcceptThreeTagsAndNoTagsWhenCreating() {
    var three =
        aDefinition()
            .withTags(DefinitionTag.CONCISE, DefinitionTag.TOEFL, DefinitionTag.LAW)
            .build();
    var none = aDefinition().withTags().build();

    assertThat(definitions.create(word(0), three).get().tags()).isEqualTo(three.tags());
    assertThat(definitions.create(word(0), none).get().tags()).isEmpty();
  }

  @Test
  void shouldListOnlyTheWordsOwnDefinitionsWhenSeveralWordsHaveSome() {
    var first = definitions.create(word(0), aDefinition().build()).get();
    var second = definitions.create(word(1), aDefinition().build()).get();

    assertThat(definitions.list(word(0)).get())
        .extracting(CustomDefinition::id)
        .contains(first.id())
        .doesNotContain(second.id());
  }

  @Test
  void shouldReplaceTextTagsAndStatusWhenUpdated() {
    var created = definitions.create(word(0), aDefinition().build()).get();
    var draft =
        aDefinition()
            .withText("v. 用苹果砸")
            .withTags(DefinitionTag.DETAILED)
            .withStatus(PublicationStatus.UNPUBLISHED)
            .build();

    var updated = definitions.update(created.id(), draft).get();

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.draft()).isEqualTo(draft);
    assertThat(updated.created()).isEqualTo(created.created());
    assertThat(updated.updated()).isAfterOrEqualTo(created.updated());
    assertThat(stored(word(0), created.id()).draft()).isEqualTo(draft);
  }

  @Test
  void shouldRejectFourTagsBeforeWritingWhenCreating() {
    var before = definitions.list(word(0)).get();
    var draft =
        aDefinition()
            .withTags(DefinitionTag.CET4, DefinitionTag.CET6, DefinitionTag.GRE, DefinitionTag.SAT)
            .build();

    var result = definitions.create(word(0), draft);

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(((Failure.Invalid) result.getLeft()).violations())
        .extracting(Violation::field)
        .containsExactly("tags");
    assertThat(definitions.list(word(0)).get()).isEqualTo(before);
  }

  @Test
  void shouldRejectBlankTextBeforeWritingWhenUpdating() {
    var created = definitions.create(word(0), aDefinition().build()).get();

    var result = definitions.update(created.id(), aDefinition().withText(" ").build());

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(((Failure.Invalid) result.getLeft()).violations())
        .extracting(Violation::field)
        .containsExactly("text");
    assertThat(stored(word(0), created.id())).isEqualTo(created);
  }

  @Test
  void shouldForgetDefinitionWhenDeleted() {
    var created = definitions.create(word(0), aDefinition().build()).get();

    assertThat(definitions.delete(created.id()).isRight()).isTrue();

    assertThat(definitions.list(word(0)).get())
        .extracting(CustomDefinition::id)
        .doesNotContain(created.id());
    assertThat(definitions.delete(created.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(definitions.update(created.id(), aDefinition().build()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldFailNotFoundWhenIdIsUnknown() {
    var unknown = new DefinitionId("memkit-no-such-definition");

    assertThat(definitions.update(unknown, aDefinition().build()).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(definitions.delete(unknown).getLeft()).isInstanceOf(Failure.NotFound.class);
  }
}
