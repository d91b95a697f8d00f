package dev.memkit.testkit.emulator.maimemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.memkit.domain.word.BeijingDay;
import dev.memkit.domain.word.StudyRecord;
import dev.memkit.domain.word.StudyTag;
import dev.memkit.domain.word.TodayItem;
import dev.memkit.domain.word.Word;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MaiMemo Open API on {@code http://127.0.0.1:PORT/open}, in the virtual time of an injected
 * clock, holding one user's data. Every answer is the {@code {errors, data, success}} envelope;
 * errors carry {@code code} and {@code msg}. Both path spellings answer ({@code /api/v1/...} and
 * {@code /api/v1/memo/...}) unless one is switched off. The three rate-limit windows are counted
 * over every request (sliding, like the service) and a request beyond one is refused with HTTP 429
 * (and counted, see {@link #tooManyRequests()}). Creating more than 600 definitions, mnemonics and
 * sentences together in one Beijing day is refused. Tests seed it, inject faults and read request
 * counts per endpoint.
 */
public final class MaiMemoEmulator implements AutoCloseable {

  /** The creation cap: definitions, mnemonics and sentences per Beijing day. */
  public static final int DAILY_CREATIONS = 600;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.time.format.DateTimeFormatter WIRE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);
  private static final List<long[]> WINDOWS =
      List.of(new long[] {10_000, 20}, new long[] {60_000, 40}, new long[] {5 * 3_600_000L, 2000});

  private record Fault(int status, String code, String msg) {}

  /**
   * One request as received: method, path without prefix (e.g. {@code /notes/n-1}), decoded query
   * parameters and the body ({@code ""} when none). For checking requests against the spec.
   */
  public record Recorded(String method, String path, Map<String, String> query, String body) {
    public Recorded {
      query = Map.copyOf(query);
    }
  }

  private final List<Recorded> recorded = new ArrayList<>();

  static {
    // Without TCP_NODELAY each small answer waits for the client's delayed ACK (about 40 ms).
    // Read once, when the JDK's server classes load; an explicit setting wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Clock clock;
  private final String token;
  private final HttpServer server;
  private final ArrayDeque<Instant> requestTimes = new ArrayDeque<>();
  private final Map<String, AtomicInteger> counts = new TreeMap<>();
  private final ArrayDeque<Fault> faults = new ArrayDeque<>();
  private final AtomicInteger ids = new AtomicInteger();
  private int tooMany;
  private boolean plainPrefix = true;
  private boolean memoPrefix = true;
  private boolean enforceLimits = true;
  private boolean tagsAsArray;
  private boolean flatNotepadItems;
  private boolean highlightPairs;
  private boolean messageField;
  private int userLevel = 10;
  private Instant lastStamp = Instant.EPOCH;
  private final Map<LocalDate, Integer> createdPerDay = new HashMap<>();

  // The user's data.
  private final Map<String, String> spellingToId = new LinkedHashMap<>();
  private final Map<String, String> idToSpelling = new LinkedHashMap<>();
  private final Map<String, ObjectNode> interpretations = new LinkedHashMap<>();
  private final Map<String, ObjectNode> notes = new LinkedHashMap<>();
  private final Map<String, ObjectNode> phrases = new LinkedHashMap<>();
  private final Map<String, ObjectNode> notepads = new LinkedHashMap<>();
  private final Map<String, StudyRecord> records = new LinkedHashMap<>();
  private final Map<String, TodayItem> today = new LinkedHashMap<>();
  private Duration studyTime = Duration.ZERO;

  private MaiMemoEmulator(Clock clock, String token) {
    this.clock = clock;
    this.token = token;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts an emulator accepting {@code token} as the bearer token. */
  public static MaiMemoEmulator start(Clock clock, String token) {
    return new MaiMemoEmulator(Objects.requireNonNull(clock), Objects.requireNonNull(token));
  }

  /** The base URI to configure an adapter with: {@code http://127.0.0.1:PORT/open}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/open");
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // ---- seeding and switches -------------------------------------------------------------

  /** Adds the words to the dictionary (ids and spellings as given). */
  public synchronized MaiMemoEmulator withWords(Collection<Word> words) {
    for (Word word : words) {
      spellingToId.put(word.spelling().value(), word.id().value());
      idToSpelling.put(word.id().value(), word.spelling().value());
    }
    return this;
  }

  /** Puts the records in the study plan. */
  public synchronized MaiMemoEmulator withRecords(Collection<StudyRecord> plan) {
    plan.forEach(r -> records.put(r.vocId().value(), r));
    return this;
  }

  public synchronized MaiMemoEmulator withTodayItems(Collection<TodayItem> items) {
    items.forEach(i -> today.put(i.vocId().value(), i));
    return this;
  }

  public synchronized MaiMemoEmulator withStudyTime(Duration time) {
    studyTime = time;
    return this;
  }

  public synchronized MaiMemoEmulator withUserLevel(int level) {
    userLevel = level;
    return this;
  }

  /** Which path spellings answer (the other one answers {@code common_not_found}). */
  public synchronized MaiMemoEmulator withPrefixes(boolean plain, boolean memo) {
    plainPrefix = plain;
    memoPrefix = memo;
    return this;
  }

  /** Whether the rate-limit windows are enforced (on by default). */
  public synchronized MaiMemoEmulator withRateLimits(boolean enforce) {
    enforceLimits = enforce;
    return this;
  }

  /**
   * The shapes the sources disagree on: record tags as arrays, flat notepad items, highlights as
   * pairs, errors with {@code message} instead of {@code msg}.
   */
  public synchronized MaiMemoEmulator withAlternativeShapes(boolean alternative) {
    tagsAsArray = alternative;
    flatNotepadItems = alternative;
    highlightPairs = alternative;
    messageField = alternative;
    return this;
  }

  /** The next {@code count} requests are answered with this error instead. */
  public synchronized MaiMemoEmulator failNext(int count, int status, String code, String msg) {
    for (int i = 0; i < count; i++) {
      faults.add(new Fault(status, code, msg));
    }
    return this;
  }

  // ---- observations ---------------------------------------------------------------------

  /**
   * Requests answered for {@code "METHOD /path"} (without prefix), e.g. {@code POST
   * /vocabulary/query}.
   */
  public synchronized int requests(String endpoint) {
    AtomicInteger n = counts.get(endpoint);
    return n == null ? 0 : n.get();
  }

  /** Every request received, refused ones included. */
  public synchronized int totalRequests() {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** Requests refused with 429 because a rate-limit window was full. */
  public synchronized int tooManyRequests() {
    return tooMany;
  }

  /** Every request received so far, oldest first. */
  public synchronized List<Recorded> recorded() {
    return List.copyOf(recorded);
  }

  /** The study plan as it stands. */
  public synchronized List<StudyRecord> plan() {
    return List.copyOf(records.values());
  }

  // ---- HTTP -----------------------------------------------------------------------------

  private record Answer(int status, JsonNode body) {}

  private void handle(HttpExchange exchange) throws IOException {
    Answer answer;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readAllBytes();
      synchronized (this) {
        answer = answer(exchange, bytes);
      }
    } catch (RuntimeException e) {
      answer = error(500, "common_internal_error", "emulator: " + e);
    }
    byte[] out = JSON.writeValueAsBytes(answer.body());
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), out.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(out);
    }
  }

  private Answer answer(HttpExchange exchange, byte[] bytes) throws IOException {
    String method = exchange.getRequestMethod();
    String rawPath = exchange.getRequestURI().getRawPath();
    boolean memo = rawPath.startsWith("/open/api/v1/memo/");
    String path = rawPath.replaceFirst("^/open/api/v1(/memo)?", "");
    counts.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
    recorded.add(
        new Recorded(
            method,
            path,
            query(exchange.getRequestURI().getRawQuery()),
            new String(bytes, StandardCharsets.UTF_8)));
    Instant now = clock.instant();
    if (enforceLimits && !admit(now)) {
      tooMany++;
      return error(429, "common_too_many_requests", "请求过于频繁");
    }
    if (!rawPath.startsWith("/open/api/v1/") || (memo ? !memoPrefix : !plainPrefix)) {
      return error(404, "common_not_found", "Resource or Api not found");
    }
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !auth.equals("Bearer " + token)) {
      return error(401, "common_unauthorized", "Authorization failed");
    }
    if (!faults.isEmpty()) {
      Fault fault = faults.poll();
      return error(fault.status(), fault.code(), fault.msg());
    }
    JsonNode body;
    try {
      body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    } catch (IOException e) {
      return invalid("the body is not JSON");
    }
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String[] parts = path.substring(1).split("/");
    String resource = parts[0];
    String id = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    return switch (resource) {
      case "vocabulary" -> vocabulary(method, id, query, body);
      case "interpretations" -> content(method, id, query, body, interpretations, "interpretation");
      case "notes" -> content(method, id, query, body, notes, "note");
      case "phrases" -> content(method, id, query, body, phrases, "phrase");
      case "notepads" -> notepads(method, id, query, body);
      case "study" -> study(method, id == null ? "" : id, body);
      default -> error(404, "common_not_found", "Resource or Api not found");
    };
  }

  /** Counts the request if every window has room; the service counts refused requests too. */
  private boolean admit(Instant now) {
    while (!requestTimes.isEmpty()
        && !requestTimes.peekFirst().isAfter(now.minusMillis(WINDOWS.get(2)[0]))) {
      requestTimes.pollFirst();
    }
    for (long[] window : WINDOWS) {
      Instant from = now.minusMillis(window[0]);
      long inside = requestTimes.stream().filter(t -> t.isAfter(from)).count();
      if (inside >= window[1]) {
        return false;
      }
    }
    requestTimes.addLast(now);
    return true;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private Answer ok(JsonNode data) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.putArray("errors");
    envelope.set("data", data);
    envelope.put("success", true);
    return new Answer(200, envelope);
  }

  private Answer okEnvelopeOnly() {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.putArray("errors");
    envelope.put("success", true);
    return new Answer(200, envelope);
  }

  private Answer error(int status, String code, String msg) {
    ObjectNode envelope = JSON.createObjectNode();
    ObjectNode item = envelope.putArray("errors").addObject();
    item.put("code", code);
    item.put(messageField ? "message" : "msg", msg);
    envelope.put("success", false);
    return new Answer(status, envelope);
  }

  private Answer invalid(String msg) {
    return error(400, "common_invalid_param", msg);
  }

  private Answer notFound() {
    return error(404, "common_not_found", "Resource or Api not found");
  }

  private String stamp() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusMillis(1);
    return iso(lastStamp);
  }

  private static String iso(Instant instant) {
    return WIRE.format(instant);
  }

  /** A Beijing study day as the service writes it: its midnight in UTC. */
  private static String day(LocalDate day) {
    return iso(BeijingDay.start(day));
  }

  // ---- vocabulary -----------------------------------------------------------------------

  private ObjectNode voc(String id) {
    ObjectNode voc = JSON.createObjectNode();
    voc.put("id", id);
    voc.put("spelling", idToSpelling.get(id));
    return voc;
  }

  private Answer vocabulary(String method, String sub, Map<String, String> query, JsonNode body) {
    if (method.equals("GET") && sub == null) {
      String spelling = query.get("spelling");
      if (spelling == null) {
        return invalid("must have required property 'spelling'");
      }
      String id = find(spelling);
      if (id == null) {
        return notFound();
      }
      ObjectNode data = JSON.createObjectNode();
      data.set("voc", voc(id));
      return ok(data);
    }
    if (method.equals("POST") && "query".equals(sub)) {
      boolean bySpelling = body.has("spellings");
      if (bySpelling == body.has("ids")) {
        return invalid("exactly one of 'spellings' and 'ids' is required");
      }
      JsonNode asked = bySpelling ? body.get("spellings") : body.get("ids");
      if (asked.size() > 1000) {
        return invalid(
            "property '" + (bySpelling ? "spellings" : "ids") + "' must have <= 1000 items");
      }
      ObjectNode data = JSON.createObjectNode();
      ArrayNode out = data.putArray("voc");
      for (JsonNode item : asked) {
        String id =
            bySpelling
                ? find(item.asText())
                : (idToSpelling.containsKey(item.asText()) ? item.asText() : null);
        if (id != null) {
          out.add(voc(id));
        }
      }
      return ok(data);
    }
    return notFound();
  }

  private String find(String spelling) {
    String exact = spellingToId.get(spelling);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : spellingToId.entrySet()) {
      if (e.getKey().equalsIgnoreCase(spelling)) {
        return e.getValue();
      }
    }
    return null;
  }

  // ---- interpretations, notes, phrases --------------------------------------------------

  private static final Set<String> PHRASE_TAGS =
      Set.of(
          "小学", "初中", "高中", "四级", "六级", "专升本", "专四", "专八", "考研", "考博", "雅思", "托福", "托业", "新概念",
          "GRE", "GMAT", "BEC", "MBA", "SAT", "ACT", "法学", "医学", "词典", "短语");

  private Answer content(
      String method,
      String id,
      Map<String, String> query,
      JsonNode body,
      Map<String, ObjectNode> store,
      String key) {
    if (method.equals("GET") && id == null) {
      String vocId = query.get("voc_id");
      if (vocId == null) {
        return invalid("must have required property 'voc_id'");
      }
      ObjectNode data = JSON.createObjectNode();
      ArrayNode out = data.putArray(key + "s");
      store.values().stream()
          .filter(o -> o.get("voc_id").asText().equals(vocId))
          .map(this::outward)
          .forEach(out::add);
      return ok(data);
    }
    if (method.equals("DELETE") && id != null) {
      return store.remove(id) == null ? notFound() : okEnvelopeOnly();
    }
    if (!method.equals("POST")) {
      return notFound();
    }
    JsonNode item = body.get(key);
    if (item == null || !item.isObject()) {
      return invalid("must have required property '" + key + "'");
    }
    if (id != null && (!body.has("id") || !body.get("id").asText().equals(id))) {
      return invalid("must have required property 'id' equal to the path id");
    }
    List<String> required =
        switch (key) {
          case "interpretation" -> List.of("interpretation", "tags", "status");
          case "note" -> List.of("note_type", "note");
          default -> List.of("phrase", "interpretation", "tags", "origin");
        };
    for (String field : required) {
      if (!item.has(field)) {
        return invalid("must have required property '" + field + "'");
      }
    }
    if (item.has("tags") && item.get("tags").size() > 3) {
      return invalid("property 'tags' must have <= 3 items");
    }
    if (key.equals("phrase")) {
      for (JsonNode tag : item.get("tags")) {
        if (!PHRASE_TAGS.contains(tag.asText())) {
          return error(400, "phrase_forbid_tags", "标签不合法: " + tag.asText());
        }
      }
    }
    ObjectNode stored;
    if (id == null) {
      String vocId = item.path("voc_id").asText("");
      if (!idToSpelling.containsKey(vocId)) {
        return notFound();
      }
      LocalDate todayBeijing = BeijingDay.of(clock.instant());
      int created = createdPerDay.getOrDefault(todayBeijing, 0);
      if (created >= DAILY_CREATIONS) {
        return error(400, "content_create_limit", "今日创建数量已达上限");
      }
      createdPerDay.put(todayBeijing, created + 1);
      stored = JSON.createObjectNode();
      stored.put("id", key.substring(0, 3) + "-" + ids.incrementAndGet());
      stored.put("voc_id", vocId);
      stored.put("created_time", stamp());
      stored.put("status", "PUBLISHED");
      store.put(stored.get("id").asText(), stored);
    } else {
      stored = store.get(id);
      if (stored == null) {
        return notFound();
      }
      stored.put("updated_time", stamp());
    }
    for (String field : required) {
      stored.set(field, item.get(field));
    }
    if (id == null) {
      stored.put("updated_time", stored.get("created_time").asText());
    }
    if (key.equals("phrase")) {
      stored.set(
          "highlight",
          highlight(
              stored.get("phrase").asText(), idToSpelling.get(stored.get("voc_id").asText())));
    }
    ObjectNode data = JSON.createObjectNode();
    data.set(key, outward(stored));
    return ok(data);
  }

  private JsonNode highlight(String sentence, String spelling) {
    ArrayNode ranges = JSON.createArrayNode();
    int at = sentence.toLowerCase(Locale.ROOT).indexOf(spelling.toLowerCase(Locale.ROOT));
    if (at >= 0) {
      ObjectNode range = ranges.addObject();
      range.put("start", at);
      range.put("end", at + spelling.length());
    }
    return ranges;
  }

  private ObjectNode outward(ObjectNode stored) {
    ObjectNode out = stored.deepCopy();
    out.remove("voc_id");
    if (highlightPairs && out.has("highlight")) {
      ArrayNode pairs = JSON.createArrayNode();
      for (JsonNode r : out.get("highlight")) {
        pairs.addArray().add(r.get("start").asInt()).add(r.get("end").asInt());
      }
      out.set("highlight", pairs);
    }
    return out;
  }

  // ---- notepads -------------------------------------------------------------------------

  private Answer notepads(String method, String id, Map<String, String> query, JsonNode body) {
    if (method.equals("GET") && id == null) {
      int limit = Integer.parseInt(query.getOrDefault("limit", "10"));
      int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
      if (limit > 10) {
        return invalid("property 'limit' must be <= 10");
      }
      ObjectNode data = JSON.createObjectNode();
      ArrayNode out = data.putArray("notepads");
      notepads.values().stream().skip(offset).limit(limit).forEach(n -> out.add(brief(n)));
      return ok(data);
    }
    if (method.equals("GET")) {
      ObjectNode stored = notepads.get(id);
      return stored == null ? notFound() : ok(wrap("notepad", full(stored)));
    }
    if (method.equals("DELETE")) {
      return notepads.remove(id) == null ? notFound() : okEnvelopeOnly();
    }
    JsonNode item = body.get("notepad");
    if (item == null) {
      return invalid("must have required property 'notepad'");
    }
    for (String field : List.of("status", "content", "title", "brief", "tags")) {
      if (!item.has(field)) {
        return invalid("must have required property '" + field + "'");
      }
    }
    ObjectNode stored;
    if (id == null) {
      stored = JSON.createObjectNode();
      stored.put("id", "np-" + ids.incrementAndGet());
      stored.put("type", "NOTEPAD");
      stored.put("creator", 1);
      stored.put("created_time", stamp());
      notepads.put(stored.get("id").asText(), stored);
    } else {
      if (!body.path("id").asText("").equals(id)) {
        return invalid("must have required property 'id' equal to the path id");
      }
      stored = notepads.get(id);
      if (stored == null) {
        return notFound();
      }
    }
    for (String field : List.of("status", "content", "title", "brief", "tags")) {
      stored.set(field, item.get(field));
    }
    stored.put("updated_time", id == null ? stored.get("created_time").asText() : stamp());
    return ok(wrap("notepad", full(stored)));
  }

  private static ObjectNode wrap(String key, JsonNode value) {
    ObjectNode data = JSON.createObjectNode();
    data.set(key, value);
    return data;
  }

  private ObjectNode brief(ObjectNode stored) {
    ObjectNode out = stored.deepCopy();
    out.remove("content");
    return out;
  }

  private ObjectNode full(ObjectNode stored) {
    ObjectNode out = stored.deepCopy();
    ArrayNode list = out.putArray("list");
    String content = stored.get("content").asText();
    String chapter = "单词列表";
    for (String line : content.split("\n")) {
      if (line.startsWith("#")) {
        chapter = line.substring(1);
        parsed(list, "CHAPTER", chapter, null);
      } else if (!line.isBlank()) {
        parsed(list, "WORD", chapter, line.strip());
      }
    }
    return out;
  }

  private void parsed(ArrayNode list, String type, String chapter, String word) {
    ObjectNode item = list.addObject();
    item.put("type", type);
    ObjectNode data = flatNotepadItems ? item : item.putObject("data");
    data.put("chapter", chapter);
    if (word != null) {
      data.put("word", word);
    }
  }

  // ---- study ----------------------------------------------------------------------------

  private Answer study(String method, String call, JsonNode body) {
    if (!method.equals("POST")) {
      return notFound();
    }
    return switch (call) {
      case "get_study_progress" -> progress();
      case "get_today_items" -> todayItems(body);
      case "query_study_records" -> studyRecords(body);
      case "add_words" -> addWords(body);
      case "advance_study" -> advance(body);
      default -> notFound();
    };
  }

  private Answer progress() {
    ObjectNode progress = JSON.createObjectNode();
    progress.put("finished", (int) today.values().stream().filter(TodayItem::isFinished).count());
    progress.put("total", today.size());
    progress.put("study_time", studyTime.toMillis());
    return ok(wrap("progress", progress));
  }

  private Answer todayItems(JsonNode body) {
    int limit = body.path("limit").asInt(50);
    if (limit > 1000) {
      return invalid("property 'limit' must be <= 1000");
    }
    List<TodayItem> items = new ArrayList<>(today.values());
    items.sort(Comparator.comparingInt(TodayItem::order));
    ArrayNode out = JSON.createArrayNode();
    for (TodayItem item : items) {
      boolean keep;
      if (body.has("voc_ids")) {
        keep = contains(body.get("voc_ids"), item.vocId().value(), false);
      } else if (body.has("spellings")) {
        keep = contains(body.get("spellings"), item.spelling().value(), true);
      } else {
        keep =
            (!body.has("is_finished") || body.get("is_finished").asBoolean() == item.isFinished())
                && (!body.has("is_new") || body.get("is_new").asBoolean() == item.isNew());
      }
      if (keep && out.size() < limit) {
        ObjectNode o = out.addObject();
        o.put("voc_id", item.vocId().value());
        o.put("voc_spelling", item.spelling().value());
        o.put("order", item.order());
        item.firstResponse().forEach(r -> o.put("first_response", r.name()));
        o.put("is_new", item.isNew());
        o.put("is_finished", item.isFinished());
      }
    }
    return ok(wrap("today_items", out));
  }

  private static boolean contains(JsonNode array, String value, boolean ignoreCase) {
    for (JsonNode n : array) {
      if (ignoreCase ? n.asText().equalsIgnoreCase(value) : n.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private Answer studyRecords(JsonNode body) {
    int limit = body.path("limit").asInt(50);
    if (limit > 1000) {
      return invalid("property 'limit' must be <= 1000");
    }
    if (body.has("voc_ids") && body.has("spellings")) {
      return invalid("'voc_ids' and 'spellings' are mutually exclusive");
    }
    Instant start = instant(body.path("next_study_date").path("start"));
    Instant end = instant(body.path("next_study_date").path("end"));
    List<StudyRecord> matching = new ArrayList<>();
    for (StudyRecord r : records.values()) {
      boolean keep;
      if (body.has("voc_ids")) {
        keep = contains(body.get("voc_ids"), r.vocId().value(), false);
      } else if (body.has("spellings")) {
        keep = contains(body.get("spellings"), r.spelling().value(), true);
      } else {
        Instant next = r.nextStudyDate().map(BeijingDay::start).getOrNull();
        keep =
            (start == null || (next != null && !next.isBefore(start)))
                && (end == null || (next != null && !next.isAfter(end)))
                && (!body.has("tags") || hasTag(r, body.get("tags")));
      }
      if (keep) {
        matching.add(r);
      }
    }
    matching.sort(
        Comparator.comparing(
            (StudyRecord r) -> r.nextStudyDate().getOrNull(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    ObjectNode data = JSON.createObjectNode();
    ArrayNode out = data.putArray("records");
    if (body.path("as_count").asBoolean(false)) {
      data.put("count", matching.size());
      return ok(data);
    }
    matching.stream().limit(limit).forEach(r -> out.add(record(r)));
    data.put("count", 0);
    return ok(data);
  }

  private static boolean hasTag(StudyRecord r, JsonNode tags) {
    if (tags.isTextual()) {
      return r.tags().stream().anyMatch(t -> t.name().equals(tags.asText()));
    }
    for (JsonNode t : tags) {
      if (r.tags().stream().anyMatch(tag -> tag.name().equals(t.asText()))) {
        return true;
      }
    }
    return false;
  }

  private static Instant instant(JsonNode node) {
    return node.isTextual() ? OffsetDateTime.parse(node.asText()).toInstant() : null;
  }

  private ObjectNode record(StudyRecord r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("voc_id", r.vocId().value());
    o.put("voc_spelling", r.spelling().value());
    o.put("add_date", day(r.addDate()));
    r.firstStudyDate().forEach(d -> o.put("first_study_date", day(d)));
    r.lastStudyDate().forEach(d -> o.put("last_study_date", day(d)));
    r.nextStudyDate().forEach(d -> o.put("next_study_date", day(d)));
    r.lastResponse().forEach(x -> o.put("last_response", x.name()));
    o.put("study_count", r.studyCount());
    List<String> tags = r.tags().stream().map(StudyTag::name).sorted().toList();
    if (tagsAsArray) {
      ArrayNode array = o.putArray("tags");
      tags.forEach(array::add);
    } else {
      o.put("tags", tags.isEmpty() ? "" : tags.get(0));
    }
    return o;
  }

  private Answer addWords(JsonNode body) {
    if (!body.has("words") || !body.has("advance")) {
      return invalid(
          "must have required property '" + (body.has("words") ? "advance" : "words") + "'");
    }
    if (body.get("words").size() > 1000) {
      return invalid("property 'words' must have <= 1000 items");
    }
    LocalDate todayBeijing = BeijingDay.of(clock.instant());
    boolean advance = body.get("advance").asBoolean();
    int added = 0;
    for (JsonNode w : body.get("words")) {
      String id = w.path("id").asText("");
      if (idToSpelling.containsKey(id) && !records.containsKey(id)) {
        records.put(
            id,
            new StudyRecord(
                new dev.memkit.domain.word.VocId(id),
                new dev.memkit.domain.word.Spelling(idToSpelling.get(id)),
                todayBeijing,
                io.vavr.control.Option.none(),
                io.vavr.control.Option.none(),
                advance ? io.vavr.control.Option.some(todayBeijing) : io.vavr.control.Option.none(),
                io.vavr.control.Option.none(),
                0,
                Set.of()));
        added++;
      }
    }
    ObjectNode data = JSON.createObjectNode();
    data.put("added_count", added);
    return ok(data);
  }

  private Answer advance(JsonNode body) {
    if (!body.has("voc_ids")) {
      return invalid("must have required property 'voc_ids'");
    }
    if (userLevel < 10) {
      return error(403, "common_permission_denied", "提前复习需要用户等级达到 10 级");
    }
    LocalDate todayBeijing = BeijingDay.of(clock.instant());
    int advanced = 0;
    for (JsonNode v : body.get("voc_ids")) {
      StudyRecord r = records.get(v.asText());
      if (r != null) {
        records.put(v.asText(), r.withNextStudyDate(io.vavr.control.Option.some(todayBeijing)));
        advanced++;
      }
    }
    ObjectNode data = JSON.createObjectNode();
    data.put("advanced_count", advanced);
    return ok(data);
  }
}
