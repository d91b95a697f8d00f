package dev.memkit.adapter.memjogger;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.validation.Violation;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Cards;
import dev.memkit.port.Cursor;
import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Cards} as Memjogger's flashcards: {@code GET /cardset/:id/cards} page by page ({@code l},
 * {@code p}; {@code client_date} for the due ones), {@code GET /card/:id}, {@code POST
 * /cardset/:id/cards}, {@code PUT /card/:id}, {@code DELETE /card/:id}.
 *
 * <p>Paging: Memjogger pages by number ({@code p}) of a fixed size ({@code l}); memkit's cursors
 * are positions, {@code offset=N}, so that a walk survives a change of page size. A page is asked
 * for with {@code l} = the largest size not above the one requested that divides the offset (at
 * most {@value #MAX_PAGE_SIZE}, since Memjogger's own maximum is not documented), and the next
 * cursor is the offset after the cards received, while fewer than {@code count} have been seen.
 * Editing answers an empty body, so the card is read back after the {@code PUT}.
 */
final class MemjoggerCards implements Cards {

  /** The most cards memkit asks for at once. */
  static final int MAX_PAGE_SIZE = 100;

  private static final Pattern CURSOR = Pattern.compile("offset=([0-9]{1,9})");

  private final Remote remote;
  private final Mapping mapping;
  private final FreshCards fresh;

  MemjoggerCards(Remote remote, Mapping mapping, FreshCards fresh) {
    this.remote = remote;
    this.mapping = mapping;
    this.fresh = fresh;
  }

  @Override
  public Either<Failure, Page<Card>> list(DeckId deck, PageRequest page) {
    return page(deck, page, Option.none());
  }

  @Override
  public Either<Failure, Page<Card>> listDue(DeckId deck, LocalDate day, PageRequest page) {
    Objects.requireNonNull(day, "day");
    return page(deck, page, Option.some(day));
  }

  @Override
  public Either<Failure, Card> get(CardId id) {
    Objects.requireNonNull(id, "id");
    return Ids.card(id)
        .flatMap(number -> remote.call(Idempotency.IDEMPOTENT, what(id), api -> api.card(number)))
        .flatMap(envelope -> mapping.card(envelope.card()));
  }

  @Override
  public Either<Failure, Card> add(DeckId deck, CardContent content) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(content, "content");
    return Ids.deck(deck)
        .flatMap(
            number ->
                remote.call(
                    Idempotency.NOT_IDEMPOTENT,
                    "deck " + deck.value(),
                    api ->
                        api.createCard(
                            number,
                            new Wire.NewCard(
                                content.question(), content.answer(), remote.today().toString()))))
        .flatMap(
            created ->
                created.id() == null
                    ? Mapping.unexpected("no id for the new card")
                    : Mapping.date(created.nextExamDate())
                        .map(
                            next -> {
                              fresh.created(created.id());
                              ReviewState state = mapping.state(created.id(), next);
                              return Card.of(
                                  CardId.of(Long.toString(created.id())), deck, content, state);
                            }));
  }

  @Override
  public Either<Failure, Card> edit(CardId id, CardContent content) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    return Ids.card(id)
        .flatMap(
            number ->
                remote.call(
                    Idempotency.IDEMPOTENT,
                    what(id),
                    api -> {
                      api.updateCard(
                          number, new Wire.Content(content.question(), content.answer()));
                      return Done.DONE;
                    }))
        .flatMap(done -> get(id));
  }

  @Override
  public Either<Failure, Done> delete(CardId id) {
    Objects.requireNonNull(id, "id");
    return Ids.card(id)
        .flatMap(
            number ->
                remote.call(
                    Idempotency.IDEMPOTENT,
                    what(id),
                    api -> {
                      api.deleteCard(number);
                      return Done.DONE;
                    }));
  }

  private Either<Failure, Page<Card>> page(
      DeckId deck, PageRequest request, Option<LocalDate> due) {
    Objects.requireNonNull(deck, "deck");
    Objects.requireNonNull(request, "request");
    Either<Failure, Integer> start =
        request.cursor().fold(() -> Either.right(0), MemjoggerCards::offset);
    return Ids.deck(deck)
        .flatMap(
            number ->
                start.flatMap(
                    offset -> {
                      int limit = limit(offset, request.size());
                      int pageNumber = offset / limit + 1;
                      return remote
                          .call(
                              Idempotency.IDEMPOTENT,
                              "deck " + deck.value(),
                              api ->
                                  api.cards(
                                      number,
                                      limit,
                                      pageNumber,
                                      due.map(LocalDate::toString).getOrNull()))
                          .flatMap(page -> page(page, offset));
                    }));
  }

  private Either<Failure, Page<Card>> page(Wire.CardPage page, int offset) {
    if (page.count() == null) {
      return Mapping.unexpected("a page of cards without count");
    }
    int count = page.count();
    return Mapping.all(page.cards(), mapping::card)
        .map(
            cards -> {
              int seen = offset + cards.size();
              Option<Cursor> next =
                  !cards.isEmpty() && seen < count
                      ? Option.some(new Cursor("offset=" + seen))
                      : Option.none();
              return Page.of(cards, next);
            });
  }

  /**
   * The page size to ask for: the largest not above {@code requested} (nor {@value #MAX_PAGE_SIZE})
   * that divides {@code offset}, so that a page starts exactly there.
   */
  static int limit(int offset, int requested) {
    for (int size = Math.min(requested, MAX_PAGE_SIZE); size > 1; size--) {
      if (offset % size == 0) {
        return size;
      }
    }
    return 1;
  }

  private static Either<Failure, Integer> offset(Cursor cursor) {
    Matcher matcher = CURSOR.matcher(cursor.value());
    if (!matcher.matches()) {
      return Either.left(
          new Failure.Invalid(
              Errors.local(),
              List.of(Violation.of("cursor", "is not a cursor of Memjogger's card listings"))));
    }
    return Either.right(Integer.parseInt(matcher.group(1)));
  }

  private static String what(CardId id) {
    return "card " + id.value();
  }
}
