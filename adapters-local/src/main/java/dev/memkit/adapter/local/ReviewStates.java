package dev.memkit.adapter.local;

import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.Sm2State;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/**
 * Review states in the store, both ways and exactly: as the state columns of {@code cards}, and as
 * the compact text of the history ({@code reviews.state_before}, {@code state_after}), one line of
 * {@code |}-separated fields, times in epoch milliseconds:
 *
 * <pre>
 * fresh|DUE
 * scheduled|DUE
 * sm2|REPETITIONS|EASINESS|INTERVAL_DAYS|LAST_REVIEW|DUE        easiness as exact decimal: 2.50
 * fsrs|PHASE|STEP|STABILITY|DIFFICULTY|LAST_REVIEW|DUE          doubles as Java prints them
 * </pre>
 *
 * Doubles round-trip exactly through {@link Double#toString} and {@link Double#parseDouble}, and
 * the easiness keeps its scale through {@link BigDecimal#toPlainString}.
 */
final class ReviewStates {

  private static final String FRESH = "fresh";
  private static final String SCHEDULED = "scheduled";
  private static final String SM2 = "sm2";
  private static final String FSRS = "fsrs";
  private static final String SEPARATOR = "|";

  private ReviewStates() {}

  /** The columns the named parameters of a card statement take for {@code state}. */
  static <S extends SqlStatement<S>> S bind(S statement, ReviewState state) {
    statement.bind("due_at", state.due().toEpochMilli());
    @Nullable Long lastReview = null;
    @Nullable Integer repetitions = null;
    @Nullable String easiness = null;
    @Nullable Integer interval = null;
    @Nullable String phase = null;
    @Nullable Integer step = null;
    @Nullable Double stability = null;
    @Nullable Double difficulty = null;
    if (state instanceof Sm2State sm2) {
      lastReview = sm2.lastReview().toEpochMilli();
      repetitions = sm2.repetitions();
      easiness = sm2.easiness().toPlainString();
      interval = sm2.intervalDays();
    } else if (state instanceof FsrsState fsrs) {
      lastReview = fsrs.lastReview().toEpochMilli();
      phase = fsrs.phase().name();
      step = fsrs.step();
      stability = fsrs.stability();
      difficulty = fsrs.difficulty();
    }
    return statement
        .bind("state", kind(state))
        .bind("last_review_at", lastReview)
        .bind("sm2_repetitions", repetitions)
        .bind("sm2_easiness", easiness)
        .bind("sm2_interval_days", interval)
        .bind("fsrs_phase", phase)
        .bind("fsrs_step", step)
        .bind("fsrs_stability", stability)
        .bind("fsrs_difficulty", difficulty);
  }

  /** The state held by the state columns of the current row of {@code row}. */
  static ReviewState read(ResultSet row) throws SQLException {
    String kind = row.getString("state");
    Instant due = Instant.ofEpochMilli(row.getLong("due_at"));
    return switch (kind) {
      case FRESH -> new ReviewState.Fresh(due);
      case SCHEDULED -> new ReviewState.Scheduled(due);
      case SM2 ->
          new Sm2State(
              row.getInt("sm2_repetitions"),
              decimal(row.getString("sm2_easiness")),
              row.getInt("sm2_interval_days"),
              Instant.ofEpochMilli(row.getLong("last_review_at")),
              due);
      case FSRS ->
          new FsrsState(
              phase(row.getString("fsrs_phase")),
              row.getInt("fsrs_step"),
              row.getDouble("fsrs_stability"),
              row.getDouble("fsrs_difficulty"),
              Instant.ofEpochMilli(row.getLong("last_review_at")),
              due);
      default -> throw new StoreCorrupt("a card in an unknown state: " + kind);
    };
  }

  /** {@code state} in the compact text format. */
  static String encode(ReviewState state) {
    if (state instanceof Sm2State sm2) {
      return String.join(
          SEPARATOR,
          SM2,
          Integer.toString(sm2.repetitions()),
          sm2.easiness().toPlainString(),
          Integer.toString(sm2.intervalDays()),
          millis(sm2.lastReview()),
          millis(sm2.due()));
    }
    if (state instanceof FsrsState fsrs) {
      return String.join(
          SEPARATOR,
          FSRS,
          fsrs.phase().name(),
          Integer.toString(fsrs.step()),
          Double.toString(fsrs.stability()),
          Double.toString(fsrs.difficulty()),
          millis(fsrs.lastReview()),
          millis(fsrs.due()));
    }
    return kind(state) + SEPARATOR + millis(state.due());
  }

  /** The state {@code text} in the compact format stands for. */
  static ReviewState decode(String text) {
    String[] fields = text.split("\\|", -1);
    try {
      return switch (fields[0]) {
        case FRESH -> {
          expect(fields, 2, text);
          yield new ReviewState.Fresh(instant(fields[1]));
        }
        case SCHEDULED -> {
          expect(fields, 2, text);
          yield new ReviewState.Scheduled(instant(fields[1]));
        }
        case SM2 -> {
          expect(fields, 6, text);
          yield new Sm2State(
              Integer.parseInt(fields[1]),
              decimal(fields[2]),
              Integer.parseInt(fields[3]),
              instant(fields[4]),
              instant(fields[5]));
        }
        case FSRS -> {
          expect(fields, 7, text);
          yield new FsrsState(
              phase(fields[1]),
              Integer.parseInt(fields[2]),
              Double.parseDouble(fields[3]),
              Double.parseDouble(fields[4]),
              instant(fields[5]),
              instant(fields[6]));
        }
        default -> throw new StoreCorrupt("a review state it cannot read: " + text);
      };
    } catch (NumberFormatException e) {
      throw new StoreCorrupt("a review state it cannot read: " + text);
    }
  }

  private static String kind(ReviewState state) {
    if (state instanceof ReviewState.Fresh) {
      return FRESH;
    }
    if (state instanceof ReviewState.Scheduled) {
      return SCHEDULED;
    }
    return state instanceof Sm2State ? SM2 : FSRS;
  }

  private static void expect(String[] fields, int count, String text) {
    if (fields.length != count) {
      throw new StoreCorrupt("a review state it cannot read: " + text);
    }
  }

  private static String millis(Instant instant) {
    return Long.toString(instant.toEpochMilli());
  }

  private static Instant instant(String millis) {
    return Instant.ofEpochMilli(Long.parseLong(millis));
  }

  private static BigDecimal decimal(@Nullable String text) {
    if (text == null) {
      throw new StoreCorrupt("an SM-2 card without its easiness");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new StoreCorrupt("an SM-2 easiness it cannot read: " + text);
    }
  }

  private static FsrsState.Phase phase(@Nullable String name) {
    for (FsrsState.Phase phase : FsrsState.Phase.values()) {
      if (phase.name().equals(name)) {
        return phase;
      }
    }
    throw new StoreCorrupt("an FSRS phase it cannot read: " + name);
  }
}
