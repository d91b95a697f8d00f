package dev.memkit.adapter.local;

import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.port.Failure;
import dev.memkit.port.ReviewHistory;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@link ReviewHistory} in the store: the card's rows of {@code reviews}, in insertion order. */
final class SqliteReviewHistory implements ReviewHistory {

  private final Database database;

  SqliteReviewHistory(Database database) {
    this.database = database;
  }

  @Override
  public Either<Failure, List<Review>> history(CardId card) {
    Objects.requireNonNull(card, "card");
    return database.read(
        handle ->
            CardRows.card(handle, card)
                .map(
                    found ->
                        handle
                            .createQuery(
                                "SELECT grade, reviewed_at, state_before, state_after"
                                    + " FROM reviews WHERE card_id = ? ORDER BY id")
                            .bind(0, Keys.parse(card.value()).get())
                            .map(
                                (row, context) ->
                                    Review.of(
                                        card,
                                        grade(row.getInt("grade")),
                                        Instant.ofEpochMilli(row.getLong("reviewed_at")),
                                        ReviewStates.decode(row.getString("state_before")),
                                        ReviewStates.decode(row.getString("state_after"))))
                            .list()));
  }

  private static Grade grade(int value) {
    if (value < 0 || value >= Grade.values().length) {
      throw new StoreCorrupt("a review with an unknown grade: " + value);
    }
    return Grade.values()[value];
  }
}
