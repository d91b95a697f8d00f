package dev.memkit.adapter.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.memkit.domain.word.Spelling;
import dev.memkit.domain.word.VocId;
import dev.memkit.domain.word.Word;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Failure;
import dev.memkit.port.Vocabulary;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Spellings and ids resolved through two Caffeine loading caches (spelling as asked → word, voc id
 * → word) whose bulk loaders send only the misses, in {@code POST /vocabulary/query} chunks of at
 * most 1000; each answer fills both caches. Entries live at most 168 h (MaiMemo's terms allow no
 * longer caching). A spelling the service does not know is not cached, so it is asked again later.
 */
final class MaiMemoVocabulary implements Vocabulary {

  static final int CHUNK = 1000;
  private static final Duration LIFETIME = Duration.ofHours(168);

  private final Api api;
  private final LoadingCache<String, Word> bySpelling;
  private final LoadingCache<String, Word> byId;

  MaiMemoVocabulary(Api api) {
    this.api = api;
    this.byId =
        Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(LIFETIME)
            .build(
                new CacheLoader<String, Word>() {
                  @Override
                  public Word load(String id) {
                    return loadAllIds(Set.of(id)).get(id);
                  }

                  @Override
                  public Map<String, Word> loadAll(Set<? extends String> ids) {
                    return loadAllIds(ids);
                  }
                });
    this.bySpelling =
        Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(LIFETIME)
            .build(
                new CacheLoader<String, Word>() {
                  @Override
                  public Word load(String spelling) {
                    return loadOne(spelling);
                  }

                  @Override
                  public Map<String, Word> loadAll(Set<? extends String> spellings) {
                    return loadAllSpellings(spellings);
                  }
                });
  }

  @Override
  public Either<Failure, Word> lookup(Spelling spelling) {
    return guarded(() -> bySpelling.get(spelling.value()))
        .flatMap(
            word ->
                word == null
                    ? Either.left(new Failure.NotFound(Api.local(), "word '" + spelling + "'"))
                    : Either.right(word));
  }

  @Override
  public Either<Failure, List<Word>> lookupAll(Collection<Spelling> spellings) {
    // Each spelling once (ignoring case), in the order first asked.
    Map<String, String> firstAsked = new LinkedHashMap<>();
    spellings.forEach(s -> firstAsked.putIfAbsent(s.matchKey(), s.value()));
    return guarded(() -> bySpelling.getAll(firstAsked.values()))
        .map(found -> distinct(firstAsked.values(), found));
  }

  @Override
  public Either<Failure, List<Word>> byIds(Collection<VocId> ids) {
    Set<String> asked = new LinkedHashSet<>();
    ids.forEach(id -> asked.add(id.value()));
    return guarded(() -> byId.getAll(asked)).map(found -> distinct(asked, found));
  }

  /** The words of {@code resolved} for the {@code asked} keys, in order, each word once. */
  private static List<Word> distinct(Collection<String> asked, Map<String, Word> resolved) {
    Set<VocId> seen = new LinkedHashSet<>();
    List<Word> out = new ArrayList<>();
    for (String key : asked) {
      Word word = resolved.get(key);
      if (word != null && seen.add(word.id())) {
        out.add(word);
      }
    }
    return List.copyOf(out);
  }

  private static <T> Either<Failure, T> guarded(Supplier<T> body) {
    try {
      return Either.right(body.get());
    } catch (RuntimeException e) {
      return Either.left(
          FailureException.in(e)
              .getOrElse(() -> new Failure.Unexpected(Api.local(), "word look-up failed")));
    }
  }

  private Word loadOne(String spelling) {
    Either<Failure, JsonNode> answer =
        api.get("/vocabulary", Map.of("spelling", spelling), "word '" + spelling + "'");
    if (answer.isLeft()) {
      if (answer.getLeft() instanceof Failure.NotFound) {
        return null;
      }
      throw new FailureException(answer.getLeft());
    }
    JsonNode voc = answer.get().get("voc");
    if (voc == null || !voc.isObject() || !voc.hasNonNull("id")) {
      return null;
    }
    Word word = word(voc);
    byId.put(word.id().value(), word);
    return word;
  }

  private Map<String, Word> loadAllSpellings(Set<? extends String> spellings) {
    Map<String, Word> out = new HashMap<>();
    for (List<String> chunk : Wire.chunks(new ArrayList<String>(spellings), CHUNK)) {
      List<Word> words = query("spellings", chunk);
      for (String asked : chunk) {
        match(asked, words).forEach(word -> out.put(asked, word));
      }
      words.forEach(word -> byId.put(word.id().value(), word));
    }
    return out;
  }

  private Map<String, Word> loadAllIds(Set<? extends String> ids) {
    Map<String, Word> out = new HashMap<>();
    for (List<String> chunk : Wire.chunks(new ArrayList<String>(ids), CHUNK)) {
      for (Word word : query("ids", chunk)) {
        out.put(word.id().value(), word);
        bySpelling.asMap().putIfAbsent(word.spelling().value(), word);
      }
    }
    return out;
  }

  /** The exact spelling wins; otherwise one differing only in case. */
  private static io.vavr.control.Option<Word> match(String asked, List<Word> words) {
    for (Word word : words) {
      if (word.spelling().value().equals(asked)) {
        return io.vavr.control.Option.some(word);
      }
    }
    Spelling spelling = new Spelling(asked);
    for (Word word : words) {
      if (word.spelling().sameIgnoringCase(spelling)) {
        return io.vavr.control.Option.some(word);
      }
    }
    return io.vavr.control.Option.none();
  }

  private List<Word> query(String field, List<String> values) {
    ObjectNode body = Api.object();
    body.set(field, Wire.array(values));
    Either<Failure, JsonNode> answer =
        api.post("/vocabulary/query", body, Idempotency.IDEMPOTENT, "words");
    if (answer.isLeft()) {
      throw new FailureException(answer.getLeft());
    }
    List<Word> words = new ArrayList<>();
    for (JsonNode voc : answer.get().path("voc")) {
      if (voc.hasNonNull("id") && !Wire.text(voc, "spelling").isBlank()) {
        words.add(word(voc));
      }
    }
    return words;
  }

  static Word word(JsonNode voc) {
    return new Word(new VocId(voc.get("id").asText()), new Spelling(Wire.text(voc, "spelling")));
  }
}
