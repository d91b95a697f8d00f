package dev.memkit.adapter.memjogger;

import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Decks;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * {@link Decks} as Memjogger's card sets: {@code GET /cardset} (with {@code client_date}), {@code
 * GET /cardset/:id}, {@code POST /cardset}, {@code PUT /cardset/:id}, {@code DELETE /cardset/:id}.
 * Names are {@link DeckName}s, so they are valid before any request.
 */
final class MemjoggerDecks implements Decks {

  private final Remote remote;
  private final Mapping mapping;

  MemjoggerDecks(Remote remote, Mapping mapping) {
    this.remote = remote;
    this.mapping = mapping;
  }

  @Override
  public Either<Failure, List<Deck>> list() {
    return remote
        .call(Idempotency.IDEMPOTENT, "card sets", api -> api.cardSets(remote.today().toString()))
        .flatMap(sets -> Mapping.all(sets.cardSets(), mapping::deck));
  }

  @Override
  public Either<Failure, Deck> get(DeckId id) {
    Objects.requireNonNull(id, "id");
    return Ids.deck(id)
        .flatMap(
            number ->
                remote.call(
                    Idempotency.IDEMPOTENT,
                    what(id),
                    api -> api.cardSet(number, remote.today().toString())))
        .flatMap(envelope -> mapping.deck(envelope.cardSet()));
  }

  @Override
  public Either<Failure, Deck> create(DeckName name) {
    Objects.requireNonNull(name, "name");
    return remote
        .call(
            Idempotency.NOT_IDEMPOTENT,
            "card set",
            api -> api.createCardSet(new Wire.Name(name.value())))
        .flatMap(
            created ->
                created.id() == null
                    ? Mapping.unexpected("no id for the new card set")
                    : Either.right(Deck.of(DeckId.of(Long.toString(created.id())), name)));
  }

  @Override
  public Either<Failure, Deck> rename(DeckId id, DeckName name) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    return Ids.deck(id)
        .flatMap(
            number ->
                remote.call(
                    Idempotency.IDEMPOTENT,
                    what(id),
                    api -> {
                      api.updateCardSet(number, new Wire.Name(name.value()));
                      return Done.DONE;
                    }))
        .map(done -> Deck.of(id, name));
  }

  @Override
  public Either<Failure, Done> delete(DeckId id) {
    Objects.requireNonNull(id, "id");
    return Ids.deck(id)
        .flatMap(
            number ->
                remote.call(
                    Idempotency.IDEMPOTENT,
                    what(id),
                    api -> {
                      api.deleteCardSet(number);
                      return Done.DONE;
                    }));
  }

  private static String what(DeckId id) {
    return "deck " + id.value();
  }
}
