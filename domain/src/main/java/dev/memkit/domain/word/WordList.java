package dev.memkit.domain.word;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cloud word list (MaiMemo's notepad, 云词本) with its content. {@code updated} is the version: an
 * edit made with the {@code with...} methods keeps the {@code updated} it was read with, so the
 * backend can refuse it when the list changed in between.
 */
public record WordList(
    WordListId id,
    String title,
    String brief,
    List<WordListTag> tags,
    PublicationStatus status,
    WordListContent content,
    Instant created,
    Instant updated) {

  public WordList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(brief, "brief");
    tags = List.copyOf(tags);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
  }

  public WordListSummary summary() {
    return new WordListSummary(id, title, brief, tags, status, created, updated);
  }

  /** The draft holding this list's editable fields, for checking an edit. */
  public WordListDraft draft() {
    return new WordListDraft(title, brief, tags, status, content);
  }

  public WordList withTitle(String newTitle) {
    return new WordList(id, newTitle, brief, tags, status, content, created, updated);
  }

  public WordList withBrief(String newBrief) {
    return new WordList(id, title, newBrief, tags, status, content, created, updated);
  }

  public WordList withTags(List<WordListTag> newTags) {
    return new WordList(id, title, brief, newTags, status, content, created, updated);
  }

  public WordList withStatus(PublicationStatus newStatus) {
    return new WordList(id, title, brief, tags, newStatus, content, created, updated);
  }

  public WordList withContent(WordListContent newContent) {
    return new WordList(id, title, brief, tags, status, newContent, created, updated);
  }
}
