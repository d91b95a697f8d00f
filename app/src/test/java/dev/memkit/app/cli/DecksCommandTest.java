package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.cli.FakeBackends.Run;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.SchedulerKind;
import org.junit.jupiter.api.Test;

class DecksCommandTest {

  private final FakeBackends backends = new FakeBackends();

  private Deck deck(String name) {
    return backends.cards.decks().create(new DeckName(name)).get();
  }

  @Test
  void shouldListDecksWithTheirSchedulersWhenThereAreSome() {
    deck("Spanish");
    deck("French");

    Run run = backends.run("decks", "list");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("1      Spanish", "fsrs6", "2      French");
  }

  @Test
  void shouldPrintDecksAsJsonWhenAskedForJson() {
    deck("Spanish");

    Run run = backends.run("decks", "list", "--json");

    assertThat(run.out().strip())
        .isEqualTo("[{\"id\":\"1\",\"name\":\"Spanish\",\"scheduler\":\"fsrs6\"}]");
  }

  @Test
  void shouldCreateTheDeckWithItsSchedulerWhenOneIsChosen() {
    Run run = backends.run("decks", "create", "Verbs", "--scheduler", "sm2");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Created deck \"Verbs\" (id 1, scheduler sm2).");
    Deck verbs = backends.cards.decks().list().get().get(0);
    assertThat(backends.cards.deckSchedulers().scheduler(verbs.id()).get())
        .isEqualTo(SchedulerKind.SM2);
  }

  @Test
  void shouldExitWithInvalidAndCreateNothingWhenTheNameOrSchedulerIsBad() {
    Run longName = backends.run("decks", "create", "x".repeat(26));
    Run badScheduler = backends.run("decks", "create", "Verbs", "--scheduler", "anki");

    assertThat(longName.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(longName.err()).startsWith("memkit: invalid input: name: must be at most 25");
    assertThat(badScheduler.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(badScheduler.err()).contains("scheduler: must be fsrs6 or sm2 (was anki)");
    assertThat(backends.cards.decks().list().get()).isEmpty();
  }

  @Test
  void shouldExitWithConflictWhenTheNameIsTaken() {
    deck("Verbs");

    Run run = backends.run("decks", "create", "Verbs");

    assertThat(run.code()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void shouldRenameTheDeckWhenAddressedByNameOrId() {
    Deck deck = deck("Verbs");

    Run byName = backends.run("decks", "rename", "Verbs", "Verben");
    Run byId = backends.run("decks", "rename", deck.id().value(), "Verbos");

    assertThat(byName.code()).isZero();
    assertThat(byName.out()).contains("Renamed deck \"Verbs\" to \"Verben\".");
    assertThat(byId.code()).isZero();
    assertThat(backends.cards.decks().get(deck.id()).get().name().value()).isEqualTo("Verbos");
  }

  @Test
  void shouldExitWithNotFoundWhenTheDeckDoesNotExist() {
    Run run = backends.run("decks", "rename", "Nope", "Other");

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).isEqualTo("memkit: deck \"Nope\" not found\n");
  }

  @Test
  void shouldDeleteTheDeckAndItsCardsWhenConfirmedWithYes() {
    Deck deck = deck("Old");
    backends.cards.cards().add(deck.id(), new CardContent("q", "a"));

    Run run = backends.run("decks", "delete", "Old", "--yes");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Deleted deck \"Old\" and its cards.");
    assertThat(backends.cards.decks().list().get()).isEmpty();
  }

  @Test
  void shouldRefuseToDeleteWhenNotConfirmedAndNotInteractive() {
    deck("Old");

    Run run = backends.run("decks", "delete", "Old");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("not deleted; confirm with --yes");
    assertThat(backends.cards.decks().list().get()).hasSize(1);
  }

  @Test
  void shouldAskAndDeleteWhenThePersonConfirmsAtTheTerminal() {
    deck("Old");
    deck("Kept");
    backends.terminal.interactive(true).input("y\n");

    Run yes = backends.run("decks", "delete", "Old");
    backends.terminal.input("n\n");
    Run no = backends.run("decks", "delete", "Kept");

    assertThat(yes.code()).isZero();
    assertThat(yes.out()).contains("Delete deck \"Old\" and all its cards? [y/N]");
    assertThat(no.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(backends.cards.decks().list().get())
        .extracting(d -> d.name().value())
        .containsExactly("Kept");
  }

  @Test
  void shouldExitWithUnsupportedWhenTheBackendHasNoDecks() {
    Run run = backends.run("decks", "list", "--backend", "memos");

    assertThat(run.code()).isEqualTo(ExitCodes.UNSUPPORTED);
    assertThat(run.err()).isEqualTo("memkit: memos does not support decks\n");
  }

  @Test
  void shouldExitWithNotConfiguredWhenTheBackendIsKnownButNotSetUp() {
    Run run = backends.run("decks", "list", "--backend", "memjogger");

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_CONFIGURED);
    assertThat(run.err()).contains("backend memjogger is not configured");
  }

  @Test
  void shouldExitWithUsageWhenNoSubcommandIsGiven() {
    Run run = backends.run("decks");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing subcommand").doesNotContain("\tat ");
  }
}
