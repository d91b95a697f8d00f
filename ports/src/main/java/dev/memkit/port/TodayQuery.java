package dev.memkit.port;

import dev.memkit.domain.word.TodayItem;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Which of today's study items to fetch: every given filter must hold. {@code finished} keeps the
 * items finished today (true) or not yet (false), {@code fresh} the words new to the user (true) or
 * already studied before (false); none means either. Build with {@link #all()} and the {@code
 * with...} methods.
 */
public record TodayQuery(Option<Boolean> finished, Option<Boolean> fresh, WordSelection words) {

  public TodayQuery {
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(fresh, "fresh");
    Objects.requireNonNull(words, "words");
  }

  /** All of today's items. */
  public static TodayQuery all() {
    return new TodayQuery(Option.none(), Option.none(), WordSelection.all());
  }

  public TodayQuery withFinished(boolean value) {
    return new TodayQuery(Option.some(value), fresh, words);
  }

  public TodayQuery withFresh(boolean value) {
    return new TodayQuery(finished, Option.some(value), words);
  }

  public TodayQuery withWords(WordSelection selection) {
    return new TodayQuery(finished, fresh, selection);
  }

  /** Whether an item with these properties passes the filters. */
  public boolean matches(TodayItem item) {
    return finished.forAll(f -> f == item.isFinished())
        && fresh.forAll(f -> f == item.isNew())
        && words.selects(item);
  }
}
