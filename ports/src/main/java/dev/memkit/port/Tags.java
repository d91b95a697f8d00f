package dev.memkit.port;

import dev.memkit.domain.note.TagCount;
import io.vavr.control.Either;
import java.util.List;

/**
 * The tags in use in the signed-in account's notes, with how many notes carry each (Memos derives
 * them from {@code users/{user}:getStats}; there is no tag resource to create or delete: a tag
 * exists while a note's text holds it).
 *
 * <p>Contract: {@link #counts} lists every tag carried by at least one note that is not archived,
 * with the number of such notes. A note counts once per tag however often the tag appears in it,
 * and only for its exact tags ({@code work/meeting} does not count for {@code work}). Most used
 * first; equal counts by tag, in {@link dev.memkit.domain.note.Tag}'s natural order. Without notes,
 * an empty list. Not paged: an account has few tags.
 */
public interface Tags {

  Either<Failure, List<TagCount>> counts();
}
