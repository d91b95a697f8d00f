package dev.memkit.app.transfer;

import java.util.Objects;

/**
 * What a reader made of one record of a card file, with the line it starts on (1-based, counted in
 * the file as a text editor shows it, so a record spanning lines keeps its first).
 */
public sealed interface CardLine {

  int line();

  /** A record with a question and an answer. */
  record Read(int line, CardRecord card) implements CardLine {
    public Read {
      Objects.requireNonNull(card, "card");
    }
  }

  /** A record that is not a card: {@code reason} says why, in words a person can act on. */
  record Unreadable(int line, String reason) implements CardLine {
    public Unreadable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
