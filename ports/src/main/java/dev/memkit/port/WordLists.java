package dev.memkit.port;

import dev.memkit.domain.word.WordList;
import dev.memkit.domain.word.WordListDraft;
import dev.memkit.domain.word.WordListId;
import dev.memkit.domain.word.WordListSummary;
import io.vavr.control.Either;

/**
 * The user's cloud word lists (MaiMemo's notepads, 云词本).
 *
 * <p>Listing gives summaries without content, in the backend's order, which stays stable while
 * nothing changes; every list appears once across the pages. A page may be short or even empty and
 * still have a next cursor: only a missing cursor ends the listing (MaiMemo tells no total and
 * serves at most ten per request).
 *
 * <p>The content is stored exactly as rendered ({@link dev.memkit.domain.word.WordListContent}), so
 * what was written reads back identical. Writes check the draft first ({@link
 * WordListDraft#validate()}) and answer {@link Failure.Invalid} before changing anything.
 *
 * <p>Editing is read-modify-write with optimistic concurrency: {@link #update} takes a list as read
 * and edited, and refuses with {@link Failure.Conflict} when the stored list's {@code updated}
 * differs from the edited one's (someone changed it since it was read): it never overwrites a newer
 * version. A backend without conditional writes (MaiMemo) compares just before writing, which
 * leaves only a small window. {@link Failure.NotFound} for a list that does not exist (or no longer
 * does).
 */
public interface WordLists {

  /** One page of the user's lists, without content. */
  Either<Failure, Page<WordListSummary>> list(PageRequest page);

  /** The list with its content. */
  Either<Failure, WordList> get(WordListId id);

  /** Creates a list; not idempotent. */
  Either<Failure, WordList> create(WordListDraft draft);

  /**
   * Replaces title, brief, tags, status and content of the list with {@code edited}'s, if the list
   * is still at version {@code edited.updated()}. The result carries the new version.
   */
  Either<Failure, WordList> update(WordList edited);

  Either<Failure, Done> delete(WordListId id);
}
