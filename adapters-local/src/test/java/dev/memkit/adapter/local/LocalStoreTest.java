package dev.memkit.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.port.Capability;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.SearchQuery;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the local store does beyond the port contracts. */
class LocalStoreTest {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Test
  void shouldDescribeTheLocalBackendWithEveryPortItOffers() {
    var backend = LocalStore.descriptor();

    assertThat(backend.name()).isEqualTo("local");
    assertThat(backend.capabilities())
        .containsExactlyInAnyOrder(
            Capability.DECKS,
            Capability.CARDS,
            Capability.CARD_IMPORTS,
            Capability.REVIEWS,
            Capability.FORECAST,
            Capability.DECK_SCHEDULERS,
            Capability.REVIEW_HISTORY,
            Capability.NOTES,
            Capability.TAGS,
            Capability.NOTE_SEARCH);
  }

  @Test
  void shouldCreateTheFileAndItsDirectoriesWhenMissing() {
    Path nested = local.file().resolveSibling("a/b/c/memkit.db");

    LocalStore deep = local.open(LocalStoreConfig.of(nested, LocalStoreExtension.STUDY_DAY));
    deep.close();

    assertThat(nested).isRegularFile();
    assertThat(deep.file()).isEqualTo(nested.toAbsolutePath().normalize());
  }

  @Test
  void shouldFailUnexpectedWhenTheFileIsNotADatabase() throws Exception {
    Files.writeString(local.file(), "these are my shopping notes, not a database ".repeat(200));

    Either<Failure, LocalStore> opened = LocalStore.open(local.config(), local.clock());

    assertThat(opened.isLeft()).isTrue();
    assertThat(opened.getLeft()).isInstanceOf(Failure.Unexpected.class);
    assertThat(opened.getLeft().message()).contains("not a memkit store");
  }

  @Test
  void shouldFailUnavailableWhenTheDirectoryCannotBeMade() throws Exception {
    Path blocker = local.file().resolveSibling("a-file");
    Files.writeString(blocker, "x");

    Either<Failure, LocalStore> opened =
        LocalStore.open(
            LocalStoreConfig.of(blocker.resolve("memkit.db"), LocalStoreExtension.STUDY_DAY),
            local.clock());

    assertThat(opened.getLeft()).isInstanceOf(Failure.Unavailable.class);
    assertThat(opened.getLeft().message()).contains("a-file");
  }

  @Test
  void shouldGiveNewDecksFsrs6WhenCreated() {
    DeckId deck = newDeck("fsrs");

    assertThat(local.store().deckSchedulers().scheduler(deck).get()).isEqualTo(SchedulerKind.FSRS6);
  }

  @Test
  void shouldFailWithConflictWhenAddingACardTheDeckHolds() {
    DeckId deck = newDeck("dupes");
    CardContent content = new CardContent("der Bär", "the bear");
    Card first = local.store().cards().add(deck, content).get();

    Either<Failure, Card> again = local.store().cards().add(deck, content);
    Either<Failure, Card> other = local.store().cards().add(newDeck("other"), content);

    assertThat(again.getLeft()).isInstanceOf(Failure.Conflict.class);
    assertThat(other.isRight()).isTrue();
    assertThat(local.store().cards().list(deck, PageRequest.first()).get().items())
        .containsExactly(first);
  }

  @Test
  void shouldFailWithConflictWhenEditingACardIntoAnother() {
    DeckId deck = newDeck("edits");
    Card bear = local.store().cards().add(deck, new CardContent("der Bär", "the bear")).get();
    Card wolf = local.store().cards().add(deck, new CardContent("der Wolf", "the wolf")).get();

    Either<Failure, Card> clash = local.store().cards().edit(wolf.id(), bear.content());
    Either<Failure, Card> same = local.store().cards().edit(bear.id(), bear.content());

    assertThat(clash.getLeft()).isInstanceOf(Failure.Conflict.class);
    assertThat(same.get()).isEqualTo(bear);
    assertThat(local.store().cards().get(wolf.id()).get()).isEqualTo(wolf);
  }

  @Test
  void shouldHoldAtMostFiveHundredCardsWhenAPageAsksForMore() {
    DeckId deck = newDeck("big");
    List<CardContent> contents = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      contents.add(new CardContent("q" + i, "a" + i));
    }
    local.store().cardImports().importBatch(deck, contents).get();

    Page<Card> page = local.store().cards().list(deck, PageRequest.first(10_000)).get();

    assertThat(page.items()).hasSize(500);
    assertThat(page.isLast()).isFalse();
    assertThat(page.next().get().value()).isEqualTo(page.items().get(499).id().value());
  }

  @Test
  void shouldKeepTimeToTheMillisecondWhenTheClockIsFiner() {
    local.clock().set(Instant.parse("2026-03-29T01:30:00.123456789Z"));
    DeckId deck = newDeck("millis");

    Card card = local.store().cards().add(deck, new CardContent("q", "a")).get();

    assertThat(card.state())
        .isEqualTo(new ReviewState.Fresh(Instant.parse("2026-03-29T01:30:00.123Z")));
    assertThat(local.reopen().cards().get(card.id()).get()).isEqualTo(card);
  }

  @Test
  void shouldIgnoreCaseBeyondAsciiWhenSearchingNotes() {
    Note german = note("ÄRGER mit dem Übermut");
    Note russian = note("Встреча в МОСКВЕ");
    note("nothing here");

    assertThat(search("ärger mit")).containsExactly(german);
    assertThat(search("übermut")).containsExactly(german);
    assertThat(search("москве")).containsExactly(russian);
  }

  @Test
  void shouldTreatWildcardsAsTextWhenSearchingNotes() {
    Note percent = note("a 50% discount_code");
    note("a 500 discount code");

    assertThat(search("50%")).containsExactly(percent);
    assertThat(search("t_c")).containsExactly(percent);
  }

  @Test
  void shouldFailWithNotFoundWhenIdsAreNotTheStores() {
    LocalStore store = local.store();

    assertThat(store.decks().get(DeckId.of("-1")).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(store.decks().get(DeckId.of("99999999999999999999")).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(store.forecasts().forecast(Option.some(DeckId.of("x")), 7).getLeft())
        .isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void shouldRefuseCallsWhenClosed() {
    LocalStore store = local.store();
    local.close();

    assertThatThrownBy(() -> store.decks().list())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    store.close();
  }

  private DeckId newDeck(String name) {
    return local.store().decks().create(new DeckName(name)).get().id();
  }

  private Note note(String content) {
    return local.store().notes().create(NoteDraft.of(content).get()).get();
  }

  private List<Note> search(String text) {
    return local
        .store()
        .noteSearch()
        .search(SearchQuery.of(text).get(), PageRequest.first())
        .get()
        .items();
  }
}
