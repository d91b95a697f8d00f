package dev.memkit.app.cli;

import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.FindDeck;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;

/** Steps most commands share: choosing the backend, taking a port, finding a deck, printing. */
final class Commands {

  private Commands() {}

  /** The chosen backend, or an exit with 13 (not configured) or 2 (unknown). */
  static BackendPorts backend(BackendChoice choice, BackendOption option) {
    return Outcomes.choose(choice, option);
  }

  /** The backend's port, or an exit with 11 when it does not offer it. */
  static <P> P port(BackendPorts ports, Class<P> type) {
    return Outcomes.orExit(ports.port(type));
  }

  /** The deck named (or with the id) {@code nameOrId}, or an exit with 3. */
  static Deck deck(BackendPorts ports, String nameOrId) {
    return Outcomes.orExit(new FindDeck(port(ports, Decks.class)).find(nameOrId));
  }

  /** The value, or an exit with 4 listing every violation. */
  static <T> T valid(Validation<Seq<Violation>, T> checked) {
    return Outcomes.orExit(
        checked.toEither().mapLeft(v -> new Failure.Invalid(Origin.local("memkit"), v)));
  }

  static CardId cardId(String text) {
    String id = text.strip();
    if (id.isEmpty()) {
      throw Outcomes.exit(ExitCodes.INVALID, "a card id is never blank");
    }
    return CardId.of(id);
  }

  static void json(PrintWriter out, Object value) {
    out.println(Json.write(value));
    out.flush();
  }
}
