package dev.memkit.adapter.local;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.port.Cursor;
import dev.memkit.port.Failure;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Reading cards and decks, shared by the card ports. */
final class CardRows {

  static final String COLUMNS =
      "id, deck_id, question, answer, state, due_at, last_review_at, sm2_repetitions,"
          + " sm2_easiness, sm2_interval_days, fsrs_phase, fsrs_step, fsrs_stability,"
          + " fsrs_difficulty";

  /** The named parameters of the state columns, in {@link #COLUMNS}' order. */
  static final String STATE_PARAMETERS =
      ":state, :due_at, :last_review_at, :sm2_repetitions, :sm2_easiness, :sm2_interval_days,"
          + " :fsrs_phase, :fsrs_step, :fsrs_stability, :fsrs_difficulty";

  /** Inserts a card; bind {@code deck}, {@code question}, {@code answer} and the state. */
  static final String INSERT =
      "INSERT INTO cards (deck_id, question, answer, state, due_at, last_review_at,"
          + " sm2_repetitions, sm2_easiness, sm2_interval_days, fsrs_phase, fsrs_step,"
          + " fsrs_stability, fsrs_difficulty) VALUES (:deck, :question, :answer, "
          + STATE_PARAMETERS
          + ")";

  static final String SET_STATE =
      "state = :state, due_at = :due_at, last_review_at = :last_review_at,"
          + " sm2_repetitions = :sm2_repetitions, sm2_easiness = :sm2_easiness,"
          + " sm2_interval_days = :sm2_interval_days, fsrs_phase = :fsrs_phase,"
          + " fsrs_step = :fsrs_step, fsrs_stability = :fsrs_stability,"
          + " fsrs_difficulty = :fsrs_difficulty";

  static final RowMapper<Card> CARD = (row, context) -> card(row);

  private CardRows() {}

  static Card card(ResultSet row) throws SQLException {
    return Card.of(
        CardId.of(Keys.of(row.getLong("id"))),
        DeckId.of(Keys.of(row.getLong("deck_id"))),
        content(row.getString("question"), row.getString("answer")),
        ReviewStates.read(row));
  }

  static CardContent content(String question, String answer) {
    try {
      return new CardContent(question, answer);
    } catch (IllegalArgumentException e) {
      throw new StoreCorrupt("a card memkit would not accept: " + e.getMessage());
    }
  }

  /** The row id of deck {@code id}, or {@code NotFound}. */
  static Either<Failure, Long> deck(Handle handle, DeckId id) {
    Option<Long> key = Keys.parse(id.value());
    boolean exists =
        key.isDefined()
            && handle
                .createQuery("SELECT 1 FROM decks WHERE id = ?")
                .bind(0, key.get())
                .mapTo(Integer.class)
                .findOne()
                .isPresent();
    return exists ? Either.right(key.get()) : Either.left(deckNotFound(id));
  }

  /** The card with {@code id}, or {@code NotFound}. */
  static Either<Failure, Card> card(Handle handle, CardId id) {
    Option<Card> card =
        Keys.parse(id.value())
            .flatMap(
                key ->
                    Option.ofOptional(
                        handle
                            .createQuery("SELECT " + COLUMNS + " FROM cards WHERE id = ?")
                            .bind(0, key)
                            .map(CARD)
                            .findOne()));
    return card.toEither(() -> cardNotFound(id));
  }

  /** Whether deck {@code deck} holds a card with {@code content} other than {@code except}. */
  static boolean holds(Handle handle, long deck, CardContent content, long except) {
    return handle
        .createQuery(
            "SELECT 1 FROM cards WHERE deck_id = ? AND question = ? AND answer = ? AND id <> ?")
        .bind(0, deck)
        .bind(1, content.question())
        .bind(2, content.answer())
        .bind(3, except)
        .mapTo(Integer.class)
        .findOne()
        .isPresent();
  }

  /**
   * One page of deck {@code deck}'s cards due before {@code dueBefore} (epoch millis), in id order.
   */
  static Either<Failure, Page<Card>> page(
      Handle handle, long deck, long dueBefore, PageRequest request) {
    Either<Failure, Long> after = Keys.after(request);
    if (after.isLeft()) {
      return Either.left(after.getLeft());
    }
    int size = Keys.pageSize(request);
    List<Card> rows =
        handle
            .createQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM cards WHERE deck_id = ? AND id > ? AND due_at < ?"
                    + " ORDER BY id LIMIT ?")
            .bind(0, deck)
            .bind(1, after.get())
            .bind(2, dueBefore)
            .bind(3, size + 1)
            .map(CARD)
            .list();
    if (rows.size() <= size) {
      return Either.right(Page.last(rows));
    }
    List<Card> items = rows.subList(0, size);
    return Either.right(Page.of(items, Option.some(new Cursor(items.get(size - 1).id().value()))));
  }

  static Failure deckNotFound(DeckId id) {
    return Keys.notFound("deck " + id);
  }

  static Failure cardNotFound(CardId id) {
    return Keys.notFound("card " + id);
  }

  static Failure duplicate(DeckId deck) {
    return new Failure.Conflict(
        Database.ORIGIN, "deck " + deck + " already has a card with this question and answer");
  }
}
