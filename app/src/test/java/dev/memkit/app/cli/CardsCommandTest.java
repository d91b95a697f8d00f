package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.cli.FakeBackends.Run;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.Grade;
import org.junit.jupiter.api.Test;

class CardsCommandTest {

  private final FakeBackends backends = new FakeBackends();
  private final Deck deck = backends.cards.decks().create(new DeckName("Words")).get();

  private Card card(String question, String answer) {
    return backends.cards.cards().add(deck.id(), new CardContent(question, answer)).get();
  }

  @Test
  void shouldListTheDecksCardsWithTheirDueDayWhenAsked() {
    card("cat", "猫");
    card("two\nlines", "dog");

    Run run = backends.run("cards", "list", "--deck", "Words");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("1      2026-01-05  cat  →  猫")
        .contains("2      2026-01-05  two ⏎ lines  →  dog");
  }

  @Test
  void shouldPrintCardsAsJsonWhenAskedForJson() {
    card("say \"hi\"", "a");

    Run run = backends.run("cards", "list", "--json");

    assertThat(run.out().strip())
        .isEqualTo(
            "[{\"id\":\"1\",\"deck\":\"1\",\"question\":\"say \\\"hi\\\"\",\"answer\":\"a\","
                + "\"due\":\"2026-01-05\"}]");
  }

  @Test
  void shouldStopAtTheLimitWhenOneIsGiven() {
    card("one", "1");
    card("two", "2");

    Run run = backends.run("cards", "list", "--limit", "1");

    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void shouldAddTheCardWhenTheDeckExists() {
    Run run = backends.run("cards", "add", "--deck", "Words", "-q", "cat", "-a", "chat");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("Added card 1 to deck \"Words\".\n");
    assertThat(backends.cards.cards().get(dev.memkit.domain.card.CardId.of("1")).get().content())
        .isEqualTo(new CardContent("cat", "chat"));
  }

  @Test
  void shouldExitWithInvalidWhenTheContentBreaksTheRules() {
    Run run = backends.run("cards", "add", "--deck", "Words", "-q", " ", "-a", "");

    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err())
        .isEqualTo(
            "memkit: invalid input: question: must not be blank; answer: must not be blank\n");
  }

  @Test
  void shouldExitWithNotFoundWhenTheDeckIsMissing() {
    Run run = backends.run("cards", "add", "--deck", "Nope", "-q", "q", "-a", "a");

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void shouldChangeOnlyTheGivenSideWhenEditing() {
    Card card = card("cat", "chat");

    Run run = backends.run("cards", "edit", card.id().value(), "-a", "le chat", "--json");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"question\":\"cat\",\"answer\":\"le chat\"");
  }

  @Test
  void shouldExitWithUsageWhenTheEditChangesNothing() {
    Card card = card("cat", "chat");

    assertThat(backends.run("cards", "edit", card.id().value()).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void shouldDeleteTheCardAndFailTheSecondTime() {
    Card card = card("cat", "chat");

    Run first = backends.run("cards", "delete", card.id().value());
    Run second = backends.run("cards", "delete", card.id().value());

    assertThat(first.code()).isZero();
    assertThat(second.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(second.err()).isEqualTo("memkit: card 1 not found\n");
  }

  @Test
  void shouldShowTheCardWithItsReviewsWhenItHasSome() {
    Card card = card("cat", "chat");
    backends.cards.reviews().mark(card.id(), Grade.PERFECT);

    Run text = backends.run("cards", "show", "1");
    Run json = backends.run("cards", "show", "1", "--json");

    assertThat(text.out())
        .contains("Card 1 in deck Words", "Question: cat", "Answer:   chat", "(fsrs6)")
        .contains("Reviews:  1", "2026-01-05 09:00  grade 5");
    assertThat(json.out())
        .startsWith("{\"id\":\"1\",\"deck\":\"1\",\"question\":\"cat\"")
        .contains("\"deckName\":\"Words\",\"state\":\"fsrs6\",\"reviews\":[{\"at\":");
  }

  @Test
  void shouldExitWithInvalidWhenTheCardIdIsBlank() {
    assertThat(backends.run("cards", "show", " ").code()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void shouldExitWithUnsupportedWhenTheBackendHasNoCards() {
    Run run = backends.run("cards", "list", "-b", "memos");

    assertThat(run.code()).isEqualTo(ExitCodes.UNSUPPORTED);
    assertThat(run.err()).isEqualTo("memkit: memos does not support decks\n");
  }
}
