package dev.memkit.app.usecase;

import static dev.memkit.app.usecase.CardBackends.card;
import static dev.memkit.app.usecase.CardBackends.deck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.usecase.ImportCards.ImportReport;
import dev.memkit.app.usecase.ImportCards.Progress;
import dev.memkit.app.usecase.ImportCards.Rejection;
import dev.memkit.app.usecase.ImportCards.Row;
import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.Deck;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.InMemoryCardBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportCardsTest {

  private final InMemoryCardBackend backend = CardBackends.localLike(MutableClock.standard());
  private final Deck deck = deck(backend, "Words");
  private final ImportCards importCards = new ImportCards(backend.cardImports());
  private final List<Progress> progress = new ArrayList<>();

  private static List<Row> rows(int count) {
    return IntStream.rangeClosed(1, count)
        .<Row>mapToObj(i -> new Row.Card(i, "question " + i, "answer " + i))
        .toList();
  }

  private List<Card> cardsInDeck() {
    return Pages.all(PageRequest.first(100), page -> backend.cards().list(deck.id(), page)).get();
  }

  @Test
  void shouldSaveInBatchesAndReportProgressAfterEachWhenTheFileIsLarge() {
    ImportReport report = importCards.run(deck.id(), rows(2500), progress::add);

    assertThat(report)
        .isEqualTo(new ImportReport(2500, 0, List.of(), io.vavr.control.Option.none()));
    assertThat(progress)
        .containsExactly(
            new Progress(1000, 2500, 1000, 0, 0),
            new Progress(2000, 2500, 2000, 0, 0),
            new Progress(2500, 2500, 2500, 0, 0));
    assertThat(backend.cardImports().faults().calls()).isEqualTo(3);
    assertThat(cardsInDeck()).hasSize(2500);
  }

  @Test
  void shouldSkipDuplicatesWhenTheDeckOrTheFileHoldsTheCardAlready() {
    card(backend, deck, "known");
    List<Row> rows =
        List.of(
            new Row.Card(1, "known", "answer to known"),
            new Row.Card(2, "new", "card"),
            new Row.Card(3, "new", "card"));

    ImportReport report = importCards.run(deck.id(), rows, progress::add);

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.duplicates()).isEqualTo(2);
    assertThat(report.processedAny()).isTrue();
    assertThat(cardsInDeck()).hasSize(2);
  }

  @Test
  void shouldRejectRowsWithTheirLineAndReasonWhenTheyAreNotValidCards() {
    List<Row> rows =
        List.of(
            new Row.Card(1, "good", "card"),
            new Row.Card(2, " ", ""),
            new Row.Unreadable(4, "only one column"),
            new Row.Card(5, "q".repeat(10_001), "a"));

    ImportReport report = importCards.run(deck.id(), rows, progress::add);

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.rejected())
        .containsExactly(
            new Rejection(2, "question: must not be blank; answer: must not be blank"),
            new Rejection(4, "only one column"),
            new Rejection(5, "question: must be at most 10000 characters long (was 10001)"));
    assertThat(progress).containsExactly(new Progress(4, 4, 1, 0, 3));
  }

  @Test
  void shouldProcessNothingWhenNoRowIsValid() {
    ImportReport report =
        importCards.run(
            deck.id(), List.of(new Row.Unreadable(1, "only one column")), progress::add);

    assertThat(report.processedAny()).isFalse();
    assertThat(report.rejected()).hasSize(1);
    assertThat(progress).isEmpty();
  }

  @Test
  void shouldStopAndKeepSavedBatchesWhenTheBackendFailsPartWay() {
    Failure down = new Failure.Unavailable(Origin.local("fake"), "disk full");

    ImportReport report =
        importCards.run(
            deck.id(),
            rows(2500),
            saved -> {
              progress.add(saved);
              backend.cardImports().faults().failNext(1, down);
            });

    assertThat(report.stoppedBy()).contains(down);
    assertThat(report.added()).isEqualTo(1000);
    assertThat(progress).hasSize(1);
    assertThat(cardsInDeck()).hasSize(1000);
  }

  @Test
  void shouldAddNothingWhenTheDeckDoesNotExist() {
    backend.decks().delete(deck.id());

    ImportReport report = importCards.run(deck.id(), rows(3), progress::add);

    assertThat(report.stoppedBy().get()).isInstanceOf(Failure.NotFound.class);
    assertThat(report.added()).isZero();
  }

  @Test
  void shouldTellRejectedRowsWithoutTheBackendWhenAskedBeforeImporting() {
    List<Row> rows =
        List.of(new Row.Card(1, "good", "card"), new Row.Unreadable(2, "only one column"));

    assertThat(ImportCards.rejections(rows)).containsExactly(new Rejection(2, "only one column"));
    assertThat(backend.cardImports().faults().calls()).isZero();
  }
}
