package dev.memkit.port;

import dev.memkit.domain.card.CardContent;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One card as read back from a backend's export: its content and, when the export says, the study
 * day it is next due.
 */
public record ExportedCard(CardContent content, Option<LocalDate> nextDue) {

  public ExportedCard {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(nextDue, "nextDue");
  }

  public static ExportedCard of(CardContent content, LocalDate nextDue) {
    return new ExportedCard(content, Option.some(nextDue));
  }
}
