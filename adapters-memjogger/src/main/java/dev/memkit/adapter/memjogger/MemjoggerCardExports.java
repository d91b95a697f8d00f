package dev.memkit.adapter.memjogger;

import dev.memkit.domain.card.DeckId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.CardExport;
import dev.memkit.port.CardExports;
import dev.memkit.port.ExportFormat;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link CardExports} through {@code GET /cardset/:id/cards?export=csv|xml}. The document lists
 * {@code export} beside the paging parameters without saying whether {@code l} (default 10) limits
 * an export too, so the number of cards is read first ({@code count} of a one-card page) and the
 * export asked for with {@code l} = that number and {@code p=1}: the whole set either way. The text
 * is kept as Memjogger sent it and parsed by {@link ExportParser}.
 */
final class MemjoggerCardExports implements CardExports {

  private final Remote remote;

  MemjoggerCardExports(Remote remote) {
    this.remote = remote;
  }

  @Override
  public Either<Failure, CardExport> export(DeckId deck, ExportFormat format) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(format, "format");
    String what = "deck " + deck.value();
    return Ids.deck(deck)
        .flatMap(
            number ->
                remote
                    .call(Idempotency.IDEMPOTENT, what, api -> api.cards(number, 1, 1, null))
                    .flatMap(
                        page ->
                            page.count() == null
                                ? Mapping.unexpected("a page of cards without count")
                                : Either.right(Math.max(1, page.count())))
                    .flatMap(
                        count ->
                            remote.call(
                                Idempotency.IDEMPOTENT,
                                what,
                                api ->
                                    api.export(
                                        number, format.name().toLowerCase(Locale.ROOT), count, 1))))
        .flatMap(
            text ->
                ExportParser.parse(format, text.text())
                    .map(
                        cards ->
                            new CardExport(
                                format,
                                text.text(),
                                text.mediaType().isEmpty() ? fallback(format) : text.mediaType(),
                                cards)));
  }

  private static String fallback(ExportFormat format) {
    return format == ExportFormat.CSV ? "text/csv" : "application/xml";
  }
}
