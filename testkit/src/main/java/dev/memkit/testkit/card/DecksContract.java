package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.CardFixtures.aDeckName;
import static dev.memkit.testkit.card.CardFixtures.aDeckNameOfLength;
import static dev.memkit.testkit.card.Outcomes.failure;
import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.port.Decks;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Decks} must show. Extend it in a test and implement {@link #decks()};
 * it is called once per test and must return an empty backend's decks.
 */
public abstract class DecksContract {

  private Decks decks;

  /** The port under test, on a fresh, empty backend. */
  protected abstract Decks decks();

  @BeforeEach
  void setUpDecks() {
    decks = decks();
  }

  /** An id no deck has: by default the id of a deck created and deleted again. */
  protected DeckId missingDeckId() {
    Deck deck = success(decks.create(aDeckName()));
    success(decks.delete(deck.id()));
    return deck.id();
  }

  @Test
  void shouldListNoDecksWhenNoneWasCreated() {
    assertThat(success(decks.list())).isEmpty();
  }

  @Test
  void shouldReturnTheDeckWhenCreated() {
    DeckName name = aDeckName();

    Deck created = success(decks.create(name));

    assertThat(created.name()).isEqualTo(name);
    assertThat(success(decks.get(created.id()))).isEqualTo(created);
  }

  @Test
  void shouldListEveryDeckWhenSeveralWereCreated() {
    Deck first = success(decks.create(aDeckName()));
    Deck second = success(decks.create(aDeckName()));
    Deck third = success(decks.create(aDeckName()));

    assertThat(success(decks.list())).containsExactlyInAnyOrder(first, second, third);
  }

  @Test
  void shouldKeepTheSameOrderWhenListedTwice() {
    for (int i = 0; i < 5; i++) {
      success(decks.create(aDeckName()));
    }

    assertThat(success(decks.list())).containsExactlyElementsOf(success(decks.list()));
  }

  @Test
  void shouldGiveDistinctIdsWhenCreatingDecks() {
    Deck first = success(decks.create(aDeckName()));
    Deck second = success(decks.create(aDeckName()));

    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void shouldAcceptTheLongestNameWhenCreating() {
    DeckName longest = aDeckNameOfLength(DeckName.MAX_LENGTH);

    Deck created = success(decks.create(longest));

    assertThat(success(decks.get(created.id())).name()).isEqualTo(longest);
  }

  @Test
  void shouldFailWithConflictAndAddNothingWhenNameIsTaken() {
    DeckName name = aDeckName();
    Deck existing = success(decks.create(name));

    failure(decks.create(name), Failure.Conflict.class);

    assertThat(success(decks.list())).containsExactly(existing);
  }

  @Test
  void shouldFailWithNotFoundWhenGettingAMissingDeck() {
    DeckId missing = missingDeckId();

    failure(decks.get(missing), Failure.NotFound.class);
  }

  @Test
  void shouldRenameTheDeckWhenTheNameIsFree() {
    Deck deck = success(decks.create(aDeckName()));
    DeckName newName = aDeckName();

    Deck renamed = success(decks.rename(deck.id(), newName));

    assertThat(renamed).isEqualTo(new Deck(deck.id(), newName));
    assertThat(success(decks.get(deck.id())).name()).isEqualTo(newName);
    assertThat(success(decks.list())).containsExactly(renamed);
  }

  @Test
  void shouldFailWithConflictAndKeepBothNamesWhenRenamingToAnotherDecksName() {
    Deck first = success(decks.create(aDeckName()));
    Deck second = success(decks.create(aDeckName()));

    failure(decks.rename(second.id(), first.name()), Failure.Conflict.class);

    assertThat(success(decks.list())).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void shouldFailWithNotFoundWhenRenamingAMissingDeck() {
    DeckId missing = missingDeckId();

    failure(decks.rename(missing, aDeckName()), Failure.NotFound.class);

    assertThat(success(decks.list())).isEmpty();
  }

  @Test
  void shouldForgetTheDeckWhenDeleted() {
    Deck kept = success(decks.create(aDeckName()));
    Deck deleted = success(decks.create(aDeckName()));

    assertThat(success(decks.delete(deleted.id()))).isEqualTo(Done.DONE);

    failure(decks.get(deleted.id()), Failure.NotFound.class);
    assertThat(success(decks.list())).containsExactly(kept);
  }

  @Test
  void shouldFailWithNotFoundWhenDeletingAMissingDeck() {
    DeckId missing = missingDeckId();

    failure(decks.delete(missing), Failure.NotFound.class);
  }

  @Test
  void shouldFailWithNotFoundWhenDeletingTheSameDeckTwice() {
    Deck deck = success(decks.create(aDeckName()));
    success(decks.delete(deck.id()));

    failure(decks.delete(deck.id()), Failure.NotFound.class);
  }

  @Test
  void shouldAllowTheNameAgainWhenItsDeckWasDeleted() {
    DeckName name = aDeckName();
    Deck first = success(decks.create(name));
    success(decks.delete(first.id()));

    Deck second = success(decks.create(name));

    assertThat(second.name()).isEqualTo(name);
    assertThat(second.id()).isNotEqualTo(first.id());
  }

  @Test
  void shouldAllowTheOldNameAgainWhenItsDeckWasRenamed() {
    DeckName oldName = aDeckName();
    Deck deck = success(decks.create(oldName));
    success(decks.rename(deck.id(), aDeckName()));

    Deck another = success(decks.create(oldName));

    assertThat(success(decks.list())).hasSize(2).contains(another);
  }
}
