package dev.memkit.testkit.word;

import static dev.memkit.testkit.word.WordFixtures.aWordList;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.validation.Violation;
import dev.memkit.domain.word.PublicationStatus;
import dev.memkit.domain.word.WordListContent;
import dev.memkit.domain.word.WordListContent.Chapter;
import dev.memkit.domain.word.WordListId;
import dev.memkit.domain.word.WordListSummary;
import dev.memkit.domain.word.WordListTag;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.port.WordLists;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WordLists} must do. A real account may hold lists already, so the tests look
 * only at the lists they create themselves.
 */
public abstract class WordListsContract {

  private WordLists wordLists;

  /** A fresh instance; called once per test. */
  protected abstract WordLists createWordLists();

  @BeforeEach
  void createWordListsUnderTest() {
    wordLists = createWordLists();
  }

  private List<WordListSummary> everyList() {
    return Pages.all(PageRequest.first(4), wordLists::list).get();
  }

  @Test
  void shouldReadBackEveryFieldWhenCreated() {
    var draft =
        aWordList()
            .withTitle("memkit: GRE core")
            .withBrief("")
            .withTags(WordListTag.GRE, WordListTag.POSTGRADUATE_EXAM)
            .withStatus(PublicationStatus.UNPUBLISHED)
            .build();

    var created = wordLists.create(draft).get();
    var read = wordLists.get(created.id()).get();

    assertThat(created.draft()).isEqualTo(draft);
    assertThat(read).isEqualTo(created);
  }

  @Test
  void shouldKeepContentExactlyWhenRoundTripped() {
    String text = "# Unit 1\napple\ncarry with\nChina\nchina\n\n#Unit 2\n  banana\n";

    var created = wordLists.create(aWordList().withContent(text).build()).get();
    var content = wordLists.get(created.id()).get().content();

    assertThat(content.render()).isEqualTo(text);
    assertThat(content.chapters())
        .containsExactly(
            Chapter.of(" Unit 1", "apple", "carry with", "China", "china"),
            Chapter.of("Unit 2", "banana"));
  }

  @Test
  void shouldListEveryCreatedListOnceWhenPaging() {
    List<WordListId> created = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      created.add(wordLists.create(aWordList().withTitle("memkit list " + i).build()).get().id());
    }

    var listed = everyList().stream().map(WordListSummary::id).toList();

    assertThat(listed).doesNotHaveDuplicates().containsAll(created);
  }

  @Test
  void shouldListSummaryOfTheListWhenCreated() {
    var created = wordLists.create(aWordList().withTitle("memkit summary").build()).get();

    assertThat(everyList()).contains(created.summary());
  }

  @Test
  void shouldApplyEditWhenListIsUnchangedSinceRead() {
    var created = wordLists.create(aWordList().withContent("#Unit 1\napple").build()).get();
    var read = wordLists.get(created.id()).get();
    var content = read.content().withEntryAdded("banana", Option.some("Unit 1")).get();

    var updated = wordLists.update(read.withContent(content).withTitle("memkit renamed")).get();

    assertThat(updated.content().render()).isEqualTo("#Unit 1\napple\nbanana");
    assertThat(updated.updated()).isAfter(read.updated());
    assertThat(updated.created()).isEqualTo(read.created());
    assertThat(wordLists.get(created.id()).get()).isEqualTo(updated);
  }

  @Test
  void shouldRefuseStaleEditWithConflictWhenListChangedSinceRead() {
    var created = wordLists.create(aWordList().build()).get();
    var read = wordLists.get(created.id()).get();
    var first = wordLists.update(read.withTitle("memkit first edit")).get();

    var second = wordLists.update(read.withTitle("memkit stale edit"));

    assertThat(second.getLeft()).isInstanceOf(Failure.Conflict.class);
    assertThat(wordLists.get(created.id()).get()).isEqualTo(first);
  }

  @Test
  void shouldAcceptEditOfLatestVersionWhenEditedTwice() {
    var created = wordLists.create(aWordList().build()).get();
    var first = wordLists.update(created.withBrief("once")).get();

    var second = wordLists.update(first.withBrief("twice")).get();

    assertThat(wordLists.get(created.id()).get().brief()).isEqualTo("twice");
    assertThat(second.updated()).isAfter(first.updated());
  }

  @Test
  void shouldRejectBlankTitleBeforeWritingWhenCreating() {
    int before = everyList().size();

    var result = wordLists.create(aWordList().withTitle(" ").build());

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(((Failure.Invalid) result.getLeft()).violations())
        .extracting(Violation::field)
        .containsExactly("title");
    assertThat(everyList()).hasSize(before);
  }

  @Test
  void shouldRejectBlankTitleBeforeWritingWhenUpdating() {
    var created = wordLists.create(aWordList().build()).get();

    var result = wordLists.update(created.withTitle("").withContent(WordListContent.parse("#x")));

    assertThat(result.getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(wordLists.get(created.id()).get()).isEqualTo(created);
  }

  @Test
  void shouldForgetListWhenDeleted() {
    var created = wordLists.create(aWordList().build()).get();

    assertThat(wordLists.delete(created.id()).isRight()).isTrue();

    assertThat(wordLists.get(created.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(everyList()).extracting(WordListSummary::id).doesNotContain(created.id());
    assertThat(wordLists.update(created).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(wordLists.delete(created.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
  }
}
