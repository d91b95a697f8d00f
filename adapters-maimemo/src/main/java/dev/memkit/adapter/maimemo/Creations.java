package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.memkit.domain.word.VocId;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What definitions, mnemonics and sentences share: the creation cap checked before sending, and the
 * word each item belongs to (the service's items do not name their word, so the adapter remembers
 * it from the listing or the creation).
 */
final class Creations {

  private final Api api;
  private final CreationQuota quota;
  private final Map<String, VocId> wordOf = new ConcurrentHashMap<>();

  Creations(Api api, CreationQuota quota) {
    this.api = api;
    this.quota = quota;
  }

  Api api() {
    return api;
  }

  /** POSTs a creation once (never retried), after taking its place under the daily cap. */
  Either<Failure, JsonNode> create(String path, JsonNode body, String what) {
    Either<Failure, LocalDate> reserved = quota.reserve();
    if (reserved.isLeft()) {
      return Either.left(reserved.getLeft());
    }
    Either<Failure, JsonNode> answer = api.post(path, body, Idempotency.NOT_IDEMPOTENT, what);
    if (answer.isLeft() && !(answer.getLeft() instanceof Failure.Unavailable)) {
      // Refused: nothing was created. (A lost answer may have created it: keep it counted.)
      quota.release(reserved.get());
    }
    return answer;
  }

  void remember(String id, VocId word) {
    wordOf.put(id, word);
  }

  Option<VocId> wordOf(String id, JsonNode item) {
    VocId known = wordOf.get(id);
    if (known != null) {
      return Option.some(known);
    }
    String fromAnswer = Wire.text(item, "voc_id");
    return fromAnswer.isBlank() ? Option.none() : Option.some(new VocId(fromAnswer));
  }

  void forget(String id) {
    wordOf.remove(id);
  }

  static Failure unknownWord(String what) {
    return new Failure.Unexpected(
        Api.local(), "the service did not say which word " + what + " belongs to");
  }
}
