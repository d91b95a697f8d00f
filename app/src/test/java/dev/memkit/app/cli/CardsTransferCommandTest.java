package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.cli.FakeBackends.Run;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardsTransferCommandTest {

  private final FakeBackends backends = new FakeBackends();

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<Card> cardsIn(String deckName) {
    Deck deck =
        backends.cards.decks().list().get().stream()
            .filter(d -> d.name().value().equals(deckName))
            .findFirst()
            .orElseThrow();
    return Pages.all(PageRequest.first(100), p -> backends.cards.cards().list(deck.id(), p)).get();
  }

  @Test
  void shouldCreateTheDeckAndReportWhatItDidWhenImportingCsv() throws IOException {
    Path csv =
        file(
            "words.csv",
            "\uFEFFquestion,answer,next date\r\n"
                + "cat,猫,2026-01-09\r\n"
                + "\"a, b\",\"say \"\"hi\"\"\",\r\n"
                + "only a question\r\n"
                + "cat,猫,\r\n"
                + ",empty question\r\n");

    Run run = backends.run("cards", "import", csv.toString(), "--deck", "Words");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Added 2 cards to deck \"Words\"; skipped 1 duplicate; rejected 2 rows.\n"
                + "  line 4: only one column: a card needs a question and an answer\n"
                + "  line 6: question: must not be blank\n");
    assertThat(run.err())
        .isEqualTo(
            "Created deck \"Words\".\n"
                + "imported 5/5 rows (added 2, duplicates 1, rejected 2)\n");
    assertThat(cardsIn("Words"))
        .extracting(c -> c.content())
        .containsExactly(new CardContent("cat", "猫"), new CardContent("a, b", "say \"hi\""));
  }

  @Test
  void shouldReportProgressAfterEachBatchWhenTheFileIsLarge() throws IOException {
    String rows =
        IntStream.rangeClosed(1, 2500)
            .mapToObj(i -> "{\"question\":\"q" + i + "\",\"answer\":\"a" + i + "\"}")
            .collect(Collectors.joining("\n"));
    Path jsonl = file("big.jsonl", rows);

    Run run = backends.run("cards", "import", jsonl.toString(), "--deck", "Big");

    assertThat(run.code()).isZero();
    assertThat(run.err().lines().filter(l -> l.startsWith("imported")))
        .containsExactly(
            "imported 1,000/2,500 rows (added 1,000, duplicates 0, rejected 0)",
            "imported 2,000/2,500 rows (added 2,000, duplicates 0, rejected 0)",
            "imported 2,500/2,500 rows (added 2,500, duplicates 0, rejected 0)");
    assertThat(cardsIn("Big")).hasSize(2500);
  }

  @Test
  void shouldDrawABarInPlaceWhenStandardErrorIsATerminal() throws IOException {
    backends.terminal.errorIsTerminal(true);
    Path csv = file("words.csv", "a,b\nc,d\n");

    Run run = backends.run("cards", "import", csv.toString(), "--deck", "Words");

    assertThat(run.err())
        .isEqualTo("Created deck \"Words\".\n\r[##############################] 100%  2/2 rows\n");
  }

  @Test
  void shouldSkipEverythingAsDuplicatesWhenImportedTwice() throws IOException {
    Path csv = file("words.csv", "a,b\nc,d\n");
    backends.run("cards", "import", csv.toString(), "--deck", "Words");

    Run again = backends.run("cards", "import", csv.toString(), "--deck", "Words", "--json");

    assertThat(again.code()).isZero();
    assertThat(again.out().strip())
        .isEqualTo("{\"deck\":\"Words\",\"added\":0,\"duplicates\":2,\"rejected\":[]}");
    assertThat(cardsIn("Words")).hasSize(2);
  }

  @Test
  void shouldImportIntoTheDeckWithThatIdWhenAddressedById() throws IOException {
    Deck deck = backends.cards.decks().create(new DeckName("Verbs")).get();
    Path csv = file("verbs.csv", "to be,sein\n");

    Run run = backends.run("cards", "import", csv.toString(), "--deck", deck.id().value());

    assertThat(run.out()).startsWith("Added 1 card to deck \"Verbs\";");
    assertThat(run.err()).doesNotContain("Created deck");
    assertThat(cardsIn("Verbs")).hasSize(1);
  }

  @Test
  void shouldExitWithInvalidAndCreateNoDeckWhenNoRowIsValid() throws IOException {
    Path csv = file("bad.csv", "one column\n\nanother\n");

    Run run = backends.run("cards", "import", csv.toString(), "--deck", "Words");

    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("rejected 2 rows", "line 1: only one column", "line 3:");
    assertThat(run.err()).endsWith("memkit: no valid card in " + csv + "\n");
    assertThat(backends.cards.decks().list().get()).isEmpty();
  }

  @Test
  void shouldReadTheFormatOptionWhenTheExtensionSaysNothing() throws IOException {
    Path txt = file("cards.txt", "{\"question\":\"q\",\"answer\":\"a\"}\n");

    Run unknown = backends.run("cards", "import", txt.toString(), "--deck", "Words");
    Run told =
        backends.run("cards", "import", txt.toString(), "--deck", "Words", "--format", "jsonl");

    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("add --format csv or --format jsonl");
    assertThat(told.code()).isZero();
  }

  @Test
  void shouldExitWithNotFoundWhenTheFileIsMissing() {
    Run run =
        backends.run("cards", "import", dir.resolve("nope.csv").toString(), "--deck", "Words");

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).isEqualTo("memkit: file " + dir.resolve("nope.csv") + " not found\n");
  }

  @Test
  void shouldExitWithInvalidWhenTheFileIsNotUtf8() throws IOException {
    Path latin1 =
        Files.write(
            dir.resolve("latin1.csv"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ',', 'x', '\n'});

    Run run = backends.run("cards", "import", latin1.toString(), "--deck", "Words");

    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("is not UTF-8 text");
  }

  @Test
  void shouldReadStandardInputWhenTheFileIsADash() {
    backends.terminal.input("q,a\n");

    Run run = backends.run("cards", "import", "-", "--deck", "Words", "--format", "csv");

    assertThat(run.code()).isZero();
    assertThat(cardsIn("Words")).hasSize(1);
  }

  @Test
  void shouldReportSavedCardsAndTheFailureWhenTheBackendFailsPartWay() throws IOException {
    Path csv = file("words.csv", "a,b\n");
    backends
        .cards
        .cardImports()
        .faults()
        .failNext(1, new Failure.Unavailable(Origin.local("local"), "disk full"));

    Run run = backends.run("cards", "import", csv.toString(), "--deck", "Words");

    assertThat(run.code()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(run.out()).startsWith("Added 0 cards");
    assertThat(run.err()).endsWith("memkit: local is unavailable: disk full\n");
  }

  @Test
  void shouldWriteCsvToStandardOutputWhenExporting() {
    Deck deck = backends.cards.decks().create(new DeckName("Words")).get();
    backends.cards.cards().add(deck.id(), new CardContent("a, b", "学习"));

    Run run = backends.run("cards", "export", "--deck", "Words");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("\"a, b\",学习,2026-01-05\r\n");
  }

  @Test
  void shouldRoundTripEveryCardWhenExportedToAFileAndImportedElsewhere() throws IOException {
    Deck deck = backends.cards.decks().create(new DeckName("Words")).get();
    List<CardContent> contents =
        List.of(
            new CardContent("say \"hi\", please", "line one\nline two"),
            new CardContent("学习", "まなぶ, 공부"),
            new CardContent("plain", "text"));
    backends.cards.cardImports().importBatch(deck.id(), contents);

    for (String format : List.of("csv", "jsonl")) {
      Path out = dir.resolve("export." + format);
      Run export = backends.run("cards", "export", "--deck", "Words", "-o", out.toString());
      Run reimport = backends.run("cards", "import", out.toString(), "--deck", "Copy " + format);

      assertThat(export.err()).isEqualTo("Exported 3 cards to " + out + ".\n");
      assertThat(reimport.code()).isZero();
      assertThat(cardsIn("Copy " + format))
          .extracting(Card::content)
          .containsExactlyElementsOf(contents);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("export.csv", "export.jsonl");
    }
  }

  @Test
  void shouldLeaveNoFileWhenTheExportFails() {
    Deck deck = backends.cards.decks().create(new DeckName("Words")).get();
    backends.cards.cards().add(deck.id(), new CardContent("q", "a"));
    backends
        .cards
        .cards()
        .faults()
        .failNext(1, new Failure.Unavailable(Origin.local("local"), "down"));
    Path out = dir.resolve("export.jsonl");

    Run run = backends.run("cards", "export", "-o", out.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(dir).isEmptyDirectory();
  }
}
