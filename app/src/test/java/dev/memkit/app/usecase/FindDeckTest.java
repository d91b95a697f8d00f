package dev.memkit.app.usecase;

import static dev.memkit.app.usecase.CardBackends.deck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Deck;
import dev.memkit.port.Failure;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.InMemoryCardBackend;
import org.junit.jupiter.api.Test;

class FindDeckTest {

  private final InMemoryCardBackend backend = CardBackends.localLike(MutableClock.standard());
  private final FindDeck findDeck = new FindDeck(backend.decks());

  @Test
  void shouldFindTheDeckWhenNamedExactly() {
    deck(backend, "Spanish");
    Deck french = deck(backend, "French");

    assertThat(findDeck.find("French").get()).isEqualTo(french);
    assertThat(findDeck.find("  French ").get()).isEqualTo(french);
  }

  @Test
  void shouldFindTheDeckByIdWhenNoNameMatches() {
    Deck spanish = deck(backend, "Spanish");

    assertThat(findDeck.find(spanish.id().value()).get()).isEqualTo(spanish);
  }

  @Test
  void shouldPreferTheNameWhenItLooksLikeAnotherDecksId() {
    deck(backend, "Spanish");
    Deck named = deck(backend, "1");

    assertThat(findDeck.find("1").get()).isEqualTo(named);
  }

  @Test
  void shouldFailWithNotFoundWhenNoDeckMatches() {
    deck(backend, "Spanish");

    assertThat(findDeck.find("spanish").getLeft())
        .isInstanceOf(Failure.NotFound.class)
        .extracting(Failure::message)
        .isEqualTo("deck \"spanish\" not found");
  }

  @Test
  void shouldCreateTheDeckWhenFindOrCreateFindsNone() {
    FindDeck.Found found = findDeck.findOrCreate("Vocabulary").get();

    assertThat(found.created()).isTrue();
    assertThat(backend.decks().list().get()).containsExactly(found.deck());
    assertThat(findDeck.findOrCreate("Vocabulary").get())
        .isEqualTo(new FindDeck.Found(found.deck(), false));
  }

  @Test
  void shouldCreateNothingWhenTheNewNameIsInvalid() {
    assertThat(findDeck.findOrCreate("x".repeat(26)).getLeft()).isInstanceOf(Failure.Invalid.class);
    assertThat(backend.decks().list().get()).isEmpty();
  }
}
