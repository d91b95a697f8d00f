package dev.memkit.adapter.memos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.TagCount;
import dev.memkit.port.Failure;
import dev.memkit.port.Tags;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@link Tags} from {@code users/{user}:getStats} ({@code tagCount}); Memos has no tag resource.
 */
final class MemosTags implements Tags {

  private final MemosHttp http;
  private final String user;

  MemosTags(MemosHttp http, String user) {
    this.http = http;
    this.user = user;
  }

  @Override
  public Either<Failure, List<TagCount>> counts() {
    return http.get("/api/v1/" + user + ":getStats", Map.of(), "statistics of " + user)
        .flatMap(json -> MemosJson.read(json, "user statistics", MemosTags::counts));
  }

  private static List<TagCount> counts(JsonNode stats) {
    List<TagCount> counts = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = stats.path("tagCount").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      int count = entry.getValue().asInt();
      if (count > 0) {
        Tag.of(entry.getKey()).forEach(tag -> counts.add(new TagCount(tag, count)));
      }
    }
    counts.sort(Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::tag));
    return List.copyOf(counts);
  }
}
