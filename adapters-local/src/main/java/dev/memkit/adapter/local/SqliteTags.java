package dev.memkit.adapter.local;

import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.TagCount;
import dev.memkit.port.Failure;
import dev.memkit.port.Tags;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link Tags} in the store: counted by SQL over the notes that are not archived, sorted in Java so
 * that ties follow {@link Tag}'s natural order exactly (SQLite compares UTF-8 bytes, Java UTF-16).
 */
final class SqliteTags implements Tags {

  private static final Comparator<TagCount> MOST_USED_FIRST =
      Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::tag);

  private final Database database;

  SqliteTags(Database database) {
    this.database = database;
  }

  @Override
  public Either<Failure, List<TagCount>> counts() {
    return database.read(
        handle -> {
          List<TagCount> counts =
              new ArrayList<>(
                  handle
                      .createQuery(
                          "SELECT t.tag, count(*) FROM note_tags t JOIN notes n ON n.id ="
                              + " t.note_id WHERE n.state = 'NORMAL' GROUP BY t.tag")
                      .map(
                          (row, context) -> {
                            try {
                              return new TagCount(new Tag(row.getString(1)), row.getInt(2));
                            } catch (IllegalArgumentException e) {
                              throw new StoreCorrupt("a tag it cannot read: " + row.getString(1));
                            }
                          })
                      .list());
          counts.sort(MOST_USED_FIRST);
          return Either.right(List.copyOf(counts));
        });
  }
}
