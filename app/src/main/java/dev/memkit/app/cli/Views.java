package dev.memkit.app.cli;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.Sm2State;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How decks, cards and notes look: as {@code --json} objects and as one line of a table. */
final class Views {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private Views() {}

  static Map<String, Object> deck(Deck deck, Option<SchedulerKind> scheduler) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", deck.id().value());
    json.put("name", deck.name().value());
    json.put("scheduler", scheduler.map(SchedulerKind::label));
    return json;
  }

  static Map<String, Object> card(Card card, LocalDate due) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", card.id().value());
    json.put("deck", card.deck().value());
    json.put("question", card.content().question());
    json.put("answer", card.content().answer());
    json.put("due", due.toString());
    return json;
  }

  static Map<String, Object> review(Review review, ZoneId zone) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("at", review.at().toString());
    json.put("grade", review.grade().value());
    json.put("nextDue", LocalDate.ofInstant(review.nextDue(), zone).toString());
    return json;
  }

  static Map<String, Object> note(Note note) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", note.id().value());
    json.put("content", note.content());
    json.put("visibility", note.visibility().name().toLowerCase(Locale.ROOT));
    json.put("pinned", note.pinned());
    json.put("state", note.state().name().toLowerCase(Locale.ROOT));
    json.put("tags", note.tags().stream().map(Tag::value).toList());
    json.put("created", note.created().toString());
    json.put("updated", note.updated().toString());
    return json;
  }

  /** Where a card stands, in a word. */
  static String state(ReviewState state) {
    if (state instanceof ReviewState.Fresh) {
      return "new";
    } else if (state instanceof ReviewState.Scheduled) {
      return "scheduled";
    } else if (state instanceof Sm2State) {
      return "sm2";
    } else if (state instanceof FsrsState) {
      return "fsrs6";
    }
    return state.getClass().getSimpleName();
  }

  static String minutes(Instant instant, ZoneId zone) {
    return MINUTES.format(instant.atZone(zone));
  }

  /** Text on one line of at most {@code max} characters: line breaks shown as spaces. */
  static String oneLine(String text, int max) {
    String flat = text.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
    int length = flat.codePointCount(0, flat.length());
    if (length <= max) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
  }
}
