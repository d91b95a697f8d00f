package dev.memkit.port;

import java.util.List;
import java.util.Objects;

/**
 * A deck exported in a backend's native format: the text exactly as the backend produced it ({@code
 * text}, to save as a file), the media type it declared ({@code text/csv; charset=utf-8}, ...), and
 * the cards that text holds, parsed.
 */
public record CardExport(
    ExportFormat format, String text, String mediaType, List<ExportedCard> cards) {

  public CardExport {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
    cards = List.copyOf(cards);
  }
}
