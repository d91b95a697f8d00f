package dev.memkit.app.usecase;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckName;
import dev.memkit.port.Decks;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Finds the deck a person means: by its exact name first, else by its id, so {@code --deck Spanish}
 * and {@code --deck 3} both work (a deck named like another's id wins, as the name is what people
 * type).
 */
public final class FindDeck {

  private final Decks decks;

  public FindDeck(Decks decks) {
    this.decks = Objects.requireNonNull(decks);
  }

  /** The deck, or {@code NotFound} naming what was asked for. */
  public Either<Failure, Deck> find(String nameOrId) {
    String wanted = nameOrId.strip();
    return decks.list().flatMap(all -> pick(all, wanted).toEither(() -> missing(nameOrId)));
  }

  /**
   * The deck named {@code name}, created when there is none: {@code Invalid} (and nothing created)
   * when the name breaks the rules for deck names.
   */
  public Either<Failure, Found> findOrCreate(String name) {
    return decks
        .list()
        .flatMap(
            all -> {
              Option<Deck> existing = pick(all, name.strip());
              if (existing.isDefined()) {
                return Either.right(new Found(existing.get(), false));
              }
              return Problems.invalid(DeckName.of(name.strip()))
                  .flatMap(decks::create)
                  .map(deck -> new Found(deck, true));
            });
  }

  private static Option<Deck> pick(List<Deck> all, String wanted) {
    Option<Deck> byName =
        Option.ofOptional(all.stream().filter(d -> d.name().value().equals(wanted)).findFirst());
    return byName.orElse(
        () ->
            Option.ofOptional(all.stream().filter(d -> d.id().value().equals(wanted)).findFirst()));
  }

  private static Failure missing(String nameOrId) {
    return Problems.notFound("deck \"" + nameOrId + "\"");
  }

  /** A deck found or just created. */
  public record Found(Deck deck, boolean created) {}
}
