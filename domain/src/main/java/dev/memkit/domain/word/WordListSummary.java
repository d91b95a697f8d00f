package dev.memkit.domain.word;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cloud word list without its content, as listings return it (MaiMemo's brief notepad). Fetch the
 * whole {@link WordList} by its id to see or edit the content.
 */
public record WordListSummary(
    WordListId id,
    String title,
    String brief,
    List<WordListTag> tags,
    PublicationStatus status,
    Instant created,
    Instant updated) {

  public WordListSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(brief, "brief");
    tags = List.copyOf(tags);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
  }
}
