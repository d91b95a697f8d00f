package dev.memkit.testkit.card;

import static dev.memkit.testkit.card.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.port.ExportFormat;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryCardExportsTest {

  private final MutableClock clock = MutableClock.standard();
  private final VirtualSleeper sleeper = new VirtualSleeper(clock);
  private final InMemoryCardBackend backend = InMemoryCardBackend.create(clock, sleeper);
  private final InMemoryCardExports exports = InMemoryCardExports.create(backend, sleeper);

  @Test
  void shouldWriteRfc4180RowsWithoutHeaderWhenTheFormatIsCsv() {
    DeckId deck = success(backend.decks().create(CardFixtures.aDeckName())).id();
    success(backend.cards().add(deck, new CardContent("a, \"b\"", "plain")));

    String text = success(exports.export(deck, ExportFormat.CSV)).text();

    assertThat(text).isEqualTo("\"a, \"\"b\"\"\",plain,2026-01-05\r\n");
  }

  @Test
  void shouldEscapeMarkupWhenTheFormatIsXml() {
    DeckId deck = success(backend.decks().create(CardFixtures.aDeckName())).id();
    success(backend.cards().add(deck, new CardContent("<b>&</b>", "x")));

    String text = success(exports.export(deck, ExportFormat.XML)).text();

    assertThat(text)
        .contains(
            "<card><q>&lt;b&gt;&amp;&lt;/b&gt;</q><a>x</a>"
                + "<next_exam_date>2026-01-05</next_exam_date></card>");
  }

  @Test
  void shouldFailAndSpendLatencyInVirtualTimeWhenFaultsAreInjected() {
    DeckId deck = success(backend.decks().create(CardFixtures.aDeckName())).id();
    Failure down = new Failure.Unavailable(Origin.local("fake"), "injected");
    exports.faults().latency(Duration.ofSeconds(2)).failNext(1, down);

    assertThat(exports.export(deck, ExportFormat.CSV).getLeft()).isEqualTo(down);
    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(2));
    assertThat(success(exports.export(deck, ExportFormat.CSV)).cards()).isEmpty();
    assertThat(exports.faults().calls()).isEqualTo(2);
  }
}
