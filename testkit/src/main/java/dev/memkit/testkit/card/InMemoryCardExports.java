package dev.memkit.testkit.card;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.DeckId;
import dev.memkit.port.CardExport;
import dev.memkit.port.CardExports;
import dev.memkit.port.ExportFormat;
import dev.memkit.port.ExportedCard;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.port.Sleeper;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * {@link CardExports} over an {@link InMemoryCardBackend}: reads the deck through the backend's own
 * ports and writes the text itself, in the shapes memkit's Memjogger emulator uses — CSV with one
 * {@code question,answer,next date} row per card, no header row, CRLF line ends and RFC 4180
 * quoting ({@code text/csv; charset=utf-8}); XML as {@code <cards><card><q/><a/><next_exam_date/>
 * </card></cards>} ({@code application/xml; charset=utf-8}). Cards come in the order {@link
 * InMemoryCards#list} gives, dated by the backend's study day.
 *
 * <p>It has its own {@link Faults}; faults injected into the backend's decks or cards affect it
 * too, since it reads through them. Each export reads a consistent deck unless another thread
 * writes to it meanwhile.
 */
public final class InMemoryCardExports implements CardExports, FaultInjectable {

  private static final String CSV_TYPE = "text/csv; charset=utf-8";
  private static final String XML_TYPE = "application/xml; charset=utf-8";

  private final InMemoryCardBackend backend;
  private final Faults faults;

  private InMemoryCardExports(InMemoryCardBackend backend, Faults faults) {
    this.backend = backend;
    this.faults = faults;
  }

  /** Exports of {@code backend}'s decks; {@code sleeper} spends injected latency. */
  public static InMemoryCardExports create(InMemoryCardBackend backend, Sleeper sleeper) {
    Objects.requireNonNull(backend, "backend");
    return new InMemoryCardExports(backend, new Faults(Objects.requireNonNull(sleeper)));
  }

  @Override
  public Either<Failure, CardExport> export(DeckId deck, ExportFormat format) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(format, "format");
    return faults.run(
        () ->
            backend
                .decks()
                .get(deck)
                .flatMap(
                    found ->
                        Pages.all(
                            PageRequest.first(CardStore.MAX_PAGE_SIZE),
                            page -> backend.cards().list(deck, page)))
                .map(cards -> export(format, cards)));
  }

  @Override
  public Faults faults() {
    return faults;
  }

  private CardExport export(ExportFormat format, List<Card> cards) {
    List<ExportedCard> exported =
        cards.stream()
            .map(card -> ExportedCard.of(card.content(), backend.studyDay().dayOf(card.due())))
            .toList();
    return format == ExportFormat.CSV
        ? new CardExport(format, csv(exported), CSV_TYPE, exported)
        : new CardExport(format, xml(exported), XML_TYPE, exported);
  }

  private static String csv(List<ExportedCard> cards) {
    StringBuilder out = new StringBuilder();
    for (ExportedCard card : cards) {
      out.append(csvField(card.content().question()))
          .append(',')
          .append(csvField(card.content().answer()))
          .append(',')
          .append(card.nextDue().map(LocalDate::toString).getOrElse(""))
          .append("\r\n");
    }
    return out.toString();
  }

  private static String csvField(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || !value.strip().equals(value);
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static String xml(List<ExportedCard> cards) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cards>\n");
    for (ExportedCard card : cards) {
      out.append("  <card><q>")
          .append(xmlText(card.content().question()))
          .append("</q><a>")
          .append(xmlText(card.content().answer()))
          .append("</a><next_exam_date>")
          .append(card.nextDue().map(LocalDate::toString).getOrElse(""))
          .append("</next_exam_date></card>\n");
    }
    return out.append("</cards>\n").toString();
  }

  private static String xmlText(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        // Keep line breaks and tabs exact: a parser would normalise a literal CR.
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
