package dev.memkit.testkit.card;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.port.Cards;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@link Cards} in memory; get one from {@link InMemoryCardBackend#cards()}. Lists in id order, at
 * most {@value CardStore#MAX_PAGE_SIZE} cards a page.
 */
public final class InMemoryCards implements Cards, FaultInjectable {

  private final CardStore store;
  private final Faults faults;

  InMemoryCards(CardStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Either<Failure, Page<Card>> list(DeckId deck, PageRequest page) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(page, "page");
    return faults.run(() -> store.cards(deck, page));
  }

  @Override
  public Either<Failure, Page<Card>> listDue(DeckId deck, LocalDate day, PageRequest page) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(page, "page");
    return faults.run(() -> store.dueCards(deck, day, page));
  }

  @Override
  public Either<Failure, Card> get(CardId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(() -> store.card(id));
  }

  @Override
  public Either<Failure, Card> add(DeckId deck, CardContent content) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(content, "content");
    return faults.run(() -> store.addCard(deck, content));
  }

  @Override
  public Either<Failure, Card> edit(CardId id, CardContent content) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    return faults.run(() -> store.editCard(id, content));
  }

  @Override
  public Either<Failure, Done> delete(CardId id) {
    Objects.requireNonNull(id, "id");
    return faults.run(() -> store.deleteCard(id));
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
