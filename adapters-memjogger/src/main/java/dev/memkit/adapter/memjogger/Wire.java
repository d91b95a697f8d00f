package dev.memkit.adapter.memjogger;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Memjogger sends and receives, as the API document shows it. Field names are mapped to
 * snake case ({@code nextExamDate} is {@code next_exam_date}); unknown fields are ignored, and
 * fields the document promises may still be missing ({@code null}), so readers check.
 */
final class Wire {

  private Wire() {}

  /** {@code POST /user/login}. Its {@code toString} hides the password. */
  record Credentials(String email, String passwd) {
    @Override
    public String toString() {
      return "Credentials[email=" + email + ", passwd=****]";
    }
  }

  /** The login's answer. Its {@code toString} hides the token. */
  record Token(@Nullable String token) {
    @Override
    public String toString() {
      return "Token[****]";
    }
  }

  record CardSets(@Nullable List<CardSet> cardSets) {}

  record CardSetEnvelope(@Nullable CardSet cardSet) {}

  /** {@code exam_count}: due day ({@code %Y-%m-%d}) or {@code "old"} to a count. */
  record CardSet(
      @Nullable Long id, @Nullable String name, @Nullable Map<String, Integer> examCount) {}

  record Name(String name) {}

  record Created(@Nullable Long id) {}

  record CardPage(
      @Nullable List<Card> cards,
      @Nullable Integer count,
      @Nullable Integer pcount,
      @Nullable Integer pnum) {}

  record CardEnvelope(@Nullable Card card) {}

  record Card(
      @Nullable Long id,
      @Nullable String q,
      @Nullable String a,
      @Nullable String nextExamDate,
      @Nullable Long cardSetId) {}

  record NewCard(String q, String a, String clientDate) {}

  record Content(String q, String a) {}

  record CreatedCard(@Nullable Long id, @Nullable String nextExamDate) {}

  /**
   * A mark, sent as a JSON number: the document's example sends a string ({@code "3"}), but its
   * parameter table says "one of {0,1,2,3,4,5}" and a number is the plain JSON reading of that.
   */
  record Mark(int mark, String clientDate) {}

  record NextExam(@Nullable String nextExamDate) {}

  /** An export's body, not JSON: the text and the media type it was declared with. */
  record Text(String text, String mediaType) {}
}
