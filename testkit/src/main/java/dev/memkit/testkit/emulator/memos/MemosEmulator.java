package dev.memkit.testkit.emulator.memos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A stateful stand-in for a real Memos server (0.26 and later) on {@code 127.0.0.1}, port chosen by
 * the system: memos with CEL filters, AIP ordering, offset page tokens (standard base64, so they
 * must be URL-encoded), update masks, attachments with base64 content and their bytes under {@code
 * /file/attachments}, user statistics, webhooks, {@code /auth/me} and {@code /instance/profile}.
 * Errors are {@code google.rpc.Status} bodies; the 401 comes labelled {@code text/plain}, as the
 * real auth middleware sends it. Times come from the injected clock.
 *
 * <p>Fault injection: the next requests can get a 500, a 429 with {@code Retry-After}, a slow
 * answer, or a dropped connection (before or after the request took effect). Every request is
 * recorded for conformance checks. Thread-safe.
 */
public final class MemosEmulator implements AutoCloseable {

  /** The token the emulator accepts. */
  public static final String TOKEN = "memos_pat_FAKE-emulator-token-0123";

  private static final String USER = "users/steven";
  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,34}[a-zA-Z0-9])?");
  private static final byte[] TOKEN_PREFIX = {(byte) 0xFB, (byte) 0xEF, (byte) 0xBE};

  /** One request as received. */
  public record Recorded(
      String method, String path, String rawQuery, String contentType, String body) {}

  private enum Fault {
    CANNED,
    SERVER_ERROR,
    RATE_LIMIT,
    DROP,
    DROP_AFTER
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Clock clock;
  private final String version;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, MemoRow> memos = new LinkedHashMap<>();
  private final Map<String, AttachmentRow> attachments = new LinkedHashMap<>();
  private final Map<String, ObjectNode> webhooks = new LinkedHashMap<>();
  private final List<Recorded> recorded = new ArrayList<>();
  private final List<Fault> faults = new ArrayList<>();
  private final List<Reply> canned = new ArrayList<>();
  private final ObjectNode user;
  private long sequence;
  private int retryAfterSeconds = 1;
  private Duration delay = Duration.ZERO;
  private int delayed;

  private static final class AttachmentRow {
    final String uid;
    final long sequence;
    final String filename;
    final String type;
    final byte[] content;
    final Instant created;
    @Nullable String memo;

    AttachmentRow(
        String uid, long sequence, String filename, String type, byte[] content, Instant created) {
      this.uid = uid;
      this.sequence = sequence;
      this.filename = filename;
      this.type = type;
      this.content = content;
      this.created = created;
    }
  }

  private MemosEmulator(Clock clock, String version) throws IOException {
    this.clock = clock;
    this.version = version;
    this.user = json.createObjectNode();
    user.put("name", USER);
    user.put("role", "ADMIN");
    user.put("username", "steven");
    user.put("email", "");
    user.put("displayName", "Steven");
    user.put("avatarUrl", "");
    user.put("description", "");
    user.put("state", "NORMAL");
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "memos-emulator");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** An emulator of Memos 0.30.0, listening. */
  public static MemosEmulator start(Clock clock) {
    return start(clock, "0.30.0");
  }

  /** An emulator reporting {@code version} from {@code /instance/profile}, listening. */
  public static MemosEmulator start(Clock clock, String version) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(version, "version");
    try {
      return new MemosEmulator(clock, version);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URI to configure a client with ({@code http://127.0.0.1:port}). */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Every request received so far, in order. */
  public synchronized List<Recorded> requests() {
    return List.copyOf(recorded);
  }

  /** The next {@code count} requests get a 500 {@code INTERNAL}. */
  public synchronized void failNext(int count) {
    add(Fault.SERVER_ERROR, count);
  }

  /** The next {@code count} requests get a 429 with {@code Retry-After: seconds}. */
  public synchronized void rateLimitNext(int count, int seconds) {
    retryAfterSeconds = seconds;
    add(Fault.RATE_LIMIT, count);
  }

  /** The next {@code count} requests have their connection closed without an answer. */
  public synchronized void dropNext(int count) {
    add(Fault.DROP, count);
  }

  /** The next {@code count} requests take effect, then their connection is closed unanswered. */
  public synchronized void dropAnswerToNext(int count) {
    add(Fault.DROP_AFTER, count);
  }

  /**
   * The next request gets exactly this answer and has no effect: for errors and headers the
   * emulator does not produce itself (403, {@code QUOTA_EXCEEDED}, {@code X-RateLimit-*}, ...).
   */
  public synchronized void answerNext(
      int status, String contentType, String body, Map<String, String> headers) {
    canned.add(
        new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.copyOf(headers)));
    faults.add(Fault.CANNED);
  }

  /** The next {@code count} answers come {@code latency} late (really waited; keep it short). */
  public synchronized void slowDownNext(int count, Duration latency) {
    delay = latency;
    delayed = count;
  }

  private void add(Fault fault, int count) {
    for (int i = 0; i < count; i++) {
      faults.add(fault);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---------------------------------------------------------------- dispatch

  private record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {}

  private static final class Problem extends RuntimeException {
    final int status;
    final int code;

    Problem(int status, int code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String rawQuery = Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "");
      Fault fault;
      Reply cannedReply = null;
      Duration wait = Duration.ZERO;
      synchronized (this) {
        recorded.add(
            new Recorded(
                method,
                path,
                rawQuery,
                Objects.requireNonNullElse(
                    exchange.getRequestHeaders().getFirst("Content-Type"), ""),
                new String(body, StandardCharsets.UTF_8)));
        fault = faults.isEmpty() ? null : faults.remove(0);
        if (fault == Fault.CANNED) {
          cannedReply = canned.remove(0);
        }
        if (delayed > 0) {
          delayed--;
          wait = delay;
        }
      }
      if (!wait.isZero()) {
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (fault == Fault.DROP) {
        return;
      }
      Reply reply;
      if (cannedReply != null) {
        reply = cannedReply;
      } else if (fault == Fault.SERVER_ERROR) {
        reply = status(500, 13, "internal error");
      } else if (fault == Fault.RATE_LIMIT) {
        reply = rateLimited();
      } else {
        reply = answer(method, path, query(rawQuery), body, exchange);
      }
      if (fault == Fault.DROP_AFTER) {
        return;
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(
          reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }

  private Reply answer(
      String method, String path, Map<String, String> query, byte[] body, HttpExchange exchange) {
    boolean open = method.equals("GET") && path.equals("/api/v1/instance/profile");
    String auth =
        Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Authorization"), "");
    if (!open && !auth.equals("Bearer " + TOKEN)) {
      // The gateway's auth middleware writes JSON with http.Error: labelled text/plain.
      return new Reply(
          401,
          "text/plain; charset=utf-8",
          "{\"code\":16,\"message\":\"authentication required\"}\n"
              .getBytes(StandardCharsets.UTF_8),
          Map.of());
    }
    try {
      synchronized (this) {
        Object result = route(method, path, query, body);
        return result instanceof Reply file
            ? file
            : new Reply(200, "application/json", json.writeValueAsBytes(result), Map.of());
      }
    } catch (Problem problem) {
      return status(problem.status, problem.code, problem.getMessage());
    } catch (IOException | RuntimeException e) {
      return status(400, 3, "invalid request: " + e.getClass().getSimpleName());
    }
  }

  private Reply status(int http, int code, String message) {
    ObjectNode status = json.createObjectNode();
    status.put("code", code);
    status.put("message", message);
    status.putArray("details");
    return new Reply(http, "application/json", bytes(status), Map.of());
  }

  private Reply rateLimited() {
    ObjectNode status = json.createObjectNode();
    status.put("code", 8);
    status.put("message", "too many requests, try again later");
    ArrayNode details = status.putArray("details");
    ObjectNode info = details.addObject();
    info.put("@type", "type.googleapis.com/google.rpc.ErrorInfo");
    info.put("reason", "RATE_LIMITED");
    info.put("domain", "memos.api.v1");
    ObjectNode retry = details.addObject();
    retry.put("@type", "type.googleapis.com/google.rpc.RetryInfo");
    retry.put("retryDelay", retryAfterSeconds + "s");
    return new Reply(
        429, "application/json", bytes(status), Map.of("Retry-After", "" + retryAfterSeconds));
  }

  private byte[] bytes(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name =
          URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value =
          equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      query.put(name, value);
    }
    return query;
  }

  private static final Pattern MEMO = Pattern.compile("/api/v1/memos/([^/]+)");
  private static final Pattern MEMO_ATTACHMENTS =
      Pattern.compile("/api/v1/memos/([^/]+)/attachments");
  private static final Pattern ATTACHMENT = Pattern.compile("/api/v1/attachments/([^/]+)");
  private static final Pattern FILE = Pattern.compile("/file/attachments/([^/]+)/([^/]+)");
  private static final Pattern WEBHOOK = Pattern.compile("/api/v1/users/steven/webhooks/([^/]+)");

  private Object route(String method, String path, Map<String, String> query, byte[] body)
      throws IOException {
    String route = method + " " + path;
    switch (route) {
      case "GET /api/v1/instance/profile":
        return profile();
      case "GET /api/v1/auth/me":
        return json.createObjectNode().set("user", user.deepCopy());
      case "GET /api/v1/memos":
        return listMemos(query);
      case "POST /api/v1/memos":
        return createMemo(query, json.readTree(body));
      case "GET /api/v1/attachments":
        return listAttachments(query);
      case "POST /api/v1/attachments":
        return createAttachment(query, json.readTree(body));
      case "GET /api/v1/users/steven:getStats":
        return stats();
      case "GET /api/v1/users/steven":
        return user.deepCopy();
      case "PATCH /api/v1/users/steven":
        return updateUser(query, json.readTree(body));
      case "GET /api/v1/users/steven/webhooks":
        {
          ObjectNode list = json.createObjectNode();
          ArrayNode items = list.putArray("webhooks");
          webhooks.values().forEach(items::add);
          return list;
        }
      case "POST /api/v1/users/steven/webhooks":
        return createWebhook(json.readTree(body));
      default:
        break;
    }
    Matcher matcher;
    if ((matcher = MEMO_ATTACHMENTS.matcher(path)).matches()) {
      MemoRow memo = memo(matcher.group(1));
      if (method.equals("PATCH")) {
        return setAttachments(memo, json.readTree(body));
      }
      if (method.equals("GET")) {
        ObjectNode list = json.createObjectNode();
        list.set("attachments", memoJson(memo).get("attachments"));
        list.put("nextPageToken", "");
        return list;
      }
    } else if ((matcher = MEMO.matcher(path)).matches()) {
      MemoRow memo = memo(matcher.group(1));
      switch (method) {
        case "GET":
          return memoJson(memo);
        case "PATCH":
          return updateMemo(memo, query, json.readTree(body));
        case "DELETE":
          memos.remove(memo.uid);
          attachments.values().removeIf(a -> memo.uid.equals(a.memo));
          return json.createObjectNode();
        default:
          break;
      }
    } else if ((matcher = ATTACHMENT.matcher(path)).matches()) {
      AttachmentRow attachment = attachment(matcher.group(1));
      if (method.equals("GET")) {
        return attachmentJson(attachment);
      }
      if (method.equals("DELETE")) {
        attachments.remove(attachment.uid);
        return json.createObjectNode();
      }
    } else if ((matcher = FILE.matcher(path)).matches() && method.equals("GET")) {
      AttachmentRow attachment = attachment(matcher.group(1));
      String filename = URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
      if (!filename.equals(attachment.filename)) {
        throw new Problem(404, 5, "file not found");
      }
      return new Reply(200, attachment.type, attachment.content.clone(), Map.of());
    } else if ((matcher = WEBHOOK.matcher(path)).matches() && method.equals("DELETE")) {
      if (webhooks.remove(USER + "/webhooks/" + matcher.group(1)) == null) {
        throw new Problem(404, 5, "webhook not found");
      }
      return json.createObjectNode();
    }
    throw new Problem(404, 5, "Not Found");
  }

  private ObjectNode profile() {
    ObjectNode profile = json.createObjectNode();
    profile.put("version", version);
    profile.put("demo", false);
    profile.put("instanceUrl", "");
    profile.put("commit", "");
    profile.put("needsSetup", false);
    return profile;
  }

  // ---------------------------------------------------------------- memos

  private MemoRow memo(String uid) {
    MemoRow memo = memos.get(uid);
    if (memo == null) {
      throw new Problem(404, 5, "memo not found");
    }
    return memo;
  }

  private ObjectNode memoJson(MemoRow memo) {
    ObjectNode node = json.createObjectNode();
    node.put("name", "memos/" + memo.uid);
    node.put("state", memo.state);
    node.put("creator", USER);
    node.put("createTime", memo.created.toString());
    node.put("updateTime", memo.updated.toString());
    node.put("content", memo.content);
    node.put("visibility", memo.visibility);
    ArrayNode tags = node.putArray("tags");
    memo.tags().forEach(tags::add);
    node.put("pinned", memo.pinned);
    ArrayNode list = node.putArray("attachments");
    attachments.values().stream()
        .filter(a -> memo.uid.equals(a.memo))
        .forEach(a -> list.add(attachmentJson(a)));
    node.putArray("relations");
    node.putArray("reactions");
    node.putObject("property");
    node.put("snippet", memo.content.length() > 64 ? memo.content.substring(0, 64) : memo.content);
    return node;
  }

  private ObjectNode listMemos(Map<String, String> query) {
    String state = query.getOrDefault("state", "NORMAL");
    if (!state.equals("NORMAL")
        && !state.equals("ARCHIVED")
        && !state.equals("STATE_UNSPECIFIED")) {
      throw new Problem(400, 3, "invalid state");
    }
    String wanted = state.equals("ARCHIVED") ? "ARCHIVED" : "NORMAL";
    Predicate<MemoRow> filter = memo -> true;
    String text = query.getOrDefault("filter", "");
    if (!text.isBlank()) {
      try {
        filter = CelFilter.parse(text);
      } catch (RuntimeException e) {
        throw new Problem(400, 3, "invalid filter: " + e.getMessage());
      }
    }
    Predicate<MemoRow> matches = filter;
    List<MemoRow> rows =
        memos.values().stream()
            .filter(memo -> memo.state.equals(wanted))
            .filter(matches)
            .sorted(order(query.getOrDefault("orderBy", "")))
            .toList();
    List<ObjectNode> items = rows.stream().map(this::memoJson).toList();
    return page("memos", items, query);
  }

  private static Comparator<MemoRow> order(String orderBy) {
    Comparator<MemoRow> order = null;
    String spec = orderBy.isBlank() ? "create_time desc" : orderBy;
    for (String part : spec.split(",")) {
      String[] words = part.strip().split("\\s+");
      boolean descending = words.length > 1 && words[1].equalsIgnoreCase("desc");
      if (words.length > 2 || (words.length == 2 && !words[1].matches("(?i)asc|desc"))) {
        throw new Problem(400, 3, "invalid orderBy: " + orderBy);
      }
      Comparator<MemoRow> key =
          switch (words[0]) {
            case "pinned" -> Comparator.comparing((MemoRow m) -> m.pinned);
            case "create_time" -> Comparator.comparing((MemoRow m) -> m.created);
            case "update_time" -> Comparator.comparing((MemoRow m) -> m.updated);
            case "name" -> Comparator.comparing((MemoRow m) -> m.uid);
            default -> throw new Problem(400, 3, "invalid orderBy field: " + words[0]);
          };
      key = descending ? key.reversed() : key;
      order = order == null ? key : order.thenComparing(key);
    }
    // Ties: the later created first, the same on every page.
    return order.thenComparing(Comparator.comparingLong((MemoRow m) -> m.sequence).reversed());
  }

  private ObjectNode page(String field, List<ObjectNode> items, Map<String, String> query) {
    int size;
    try {
      size = Integer.parseInt(query.getOrDefault("pageSize", "0"));
    } catch (NumberFormatException e) {
      throw new Problem(400, 3, "invalid pageSize");
    }
    size = size <= 0 ? 50 : Math.min(size, 1000);
    int offset = 0;
    String token = query.getOrDefault("pageToken", "");
    if (!token.isEmpty()) {
      offset = offset(token);
    }
    ObjectNode page = json.createObjectNode();
    ArrayNode list = page.putArray(field);
    items.stream().skip(offset).limit(size).forEach(list::add);
    page.put("nextPageToken", offset + size < items.size() ? token(offset + size) : "");
    return page;
  }

  private static String token(int offset) {
    byte[] text = ("offset=" + offset).getBytes(StandardCharsets.US_ASCII);
    byte[] raw = new byte[TOKEN_PREFIX.length + text.length];
    System.arraycopy(TOKEN_PREFIX, 0, raw, 0, TOKEN_PREFIX.length);
    System.arraycopy(text, 0, raw, TOKEN_PREFIX.length, text.length);
    return Base64.getEncoder().encodeToString(raw);
  }

  private static int offset(String token) {
    try {
      byte[] raw = Base64.getDecoder().decode(token);
      String text =
          new String(
              raw,
              TOKEN_PREFIX.length,
              raw.length - TOKEN_PREFIX.length,
              StandardCharsets.US_ASCII);
      for (int i = 0; i < TOKEN_PREFIX.length; i++) {
        if (raw[i] != TOKEN_PREFIX[i]) {
          throw new IllegalArgumentException();
        }
      }
      if (!text.startsWith("offset=")) {
        throw new IllegalArgumentException();
      }
      return Integer.parseInt(text.substring("offset=".length()));
    } catch (RuntimeException e) {
      throw new Problem(400, 3, "invalid page token");
    }
  }

  private static String visibility(JsonNode body) {
    String visibility = body.path("visibility").asText("PRIVATE");
    if (visibility.isEmpty() || visibility.equals("VISIBILITY_UNSPECIFIED")) {
      return "PRIVATE";
    }
    if (!List.of("PRIVATE", "PROTECTED", "PUBLIC").contains(visibility)) {
      throw new Problem(400, 3, "invalid visibility");
    }
    return visibility;
  }

  private ObjectNode createMemo(Map<String, String> query, JsonNode body) {
    String uid = query.getOrDefault("memoId", "");
    if (uid.isEmpty()) {
      uid = "memo" + (sequence + 1);
    } else if (!ID.matcher(uid).matches()) {
      throw new Problem(400, 3, "invalid memo id");
    } else if (memos.containsKey(uid)) {
      throw new Problem(409, 6, "memo already exists");
    }
    String content = body.path("content").asText("");
    if (content.isBlank()) {
      throw new Problem(400, 3, "content is required");
    }
    MemoRow memo =
        new MemoRow(
            uid,
            ++sequence,
            content,
            visibility(body),
            body.path("pinned").asBoolean(false),
            clock.instant());
    memos.put(uid, memo);
    return memoJson(memo);
  }

  private ObjectNode updateMemo(MemoRow memo, Map<String, String> query, JsonNode body) {
    String mask = query.getOrDefault("updateMask", "");
    if (mask.isBlank()) {
      throw new Problem(400, 3, "update mask is required");
    }
    for (String path : mask.split(",")) {
      switch (path.strip()) {
        case "content" -> {
          String content = body.path("content").asText("");
          if (content.isBlank()) {
            throw new Problem(400, 3, "content is required");
          }
          memo.content = content;
        }
        case "visibility" -> memo.visibility = visibility(body);
        case "pinned" -> memo.pinned = body.path("pinned").asBoolean(false);
        case "state" -> {
          String state = body.path("state").asText("");
          if (!state.equals("NORMAL") && !state.equals("ARCHIVED")) {
            throw new Problem(400, 3, "invalid state");
          }
          memo.state = state;
        }
        case "display_time" -> throw new Problem(400, 3, "invalid update path: display_time");
        default -> {
          // grpc-gateway takes the mask literally; paths Memos does not know change nothing.
        }
      }
    }
    memo.updated = clock.instant();
    return memoJson(memo);
  }

  private ObjectNode setAttachments(MemoRow memo, JsonNode body) {
    List<AttachmentRow> wanted = new ArrayList<>();
    for (JsonNode ref : body.path("attachments")) {
      String name = ref.path("name").asText("");
      if (!name.startsWith("attachments/")) {
        throw new Problem(400, 3, "invalid attachment name");
      }
      wanted.add(attachment(name.substring("attachments/".length())));
    }
    // Attachments that leave the memo are deleted, as the real server does.
    attachments.values().removeIf(a -> memo.uid.equals(a.memo) && !wanted.contains(a));
    wanted.forEach(a -> a.memo = memo.uid);
    memo.updated = clock.instant();
    return json.createObjectNode();
  }

  // ---------------------------------------------------------------- attachments

  private AttachmentRow attachment(String uid) {
    AttachmentRow attachment = attachments.get(uid);
    if (attachment == null) {
      throw new Problem(404, 5, "attachment not found");
    }
    return attachment;
  }

  private ObjectNode attachmentJson(AttachmentRow attachment) {
    ObjectNode node = json.createObjectNode();
    node.put("name", "attachments/" + attachment.uid);
    node.put("createTime", attachment.created.toString());
    node.put("filename", attachment.filename);
    node.put("content", "");
    node.put("externalLink", "");
    node.put("type", attachment.type);
    node.put("size", Long.toString(attachment.content.length));
    node.put("memo", attachment.memo == null ? "" : "memos/" + attachment.memo);
    return node;
  }

  private ObjectNode listAttachments(Map<String, String> query) {
    List<ObjectNode> items =
        attachments.values().stream()
            .sorted(
                Comparator.comparing((AttachmentRow a) -> a.created)
                    .thenComparingLong(a -> a.sequence)
                    .reversed())
            .map(this::attachmentJson)
            .toList();
    return page("attachments", items, query);
  }

  private ObjectNode createAttachment(Map<String, String> query, JsonNode body) {
    String uid = query.getOrDefault("attachmentId", "");
    if (uid.isEmpty()) {
      uid = "a" + (sequence + 1);
    } else if (!ID.matcher(uid).matches()) {
      throw new Problem(400, 3, "invalid attachment id");
    } else if (attachments.containsKey(uid)) {
      throw new Problem(409, 6, "attachment already exists");
    }
    String filename = body.path("filename").asText("");
    String type = body.path("type").asText("");
    if (filename.isBlank() || type.isBlank()) {
      throw new Problem(400, 3, "filename and type are required");
    }
    byte[] content = Base64.getDecoder().decode(body.path("content").asText(""));
    String memoName = body.path("memo").asText("");
    String memo = null;
    if (!memoName.isEmpty()) {
      memo = memo(memoName.substring(memoName.indexOf('/') + 1)).uid;
    }
    AttachmentRow row =
        new AttachmentRow(uid, ++sequence, filename, type, content, clock.instant());
    row.memo = memo;
    attachments.put(uid, row);
    return attachmentJson(row);
  }

  // ---------------------------------------------------------------- users and webhooks

  private ObjectNode stats() {
    Map<String, Integer> counts = new TreeMap<>();
    for (MemoRow memo : memos.values()) {
      if (memo.state.equals("NORMAL")) {
        memo.tags().forEach(tag -> counts.merge(tag, 1, Integer::sum));
      }
    }
    ObjectNode stats = json.createObjectNode();
    stats.put("name", USER + "/stats");
    ObjectNode tagCount = stats.putObject("tagCount");
    counts.forEach(tagCount::put);
    stats.putObject("memoTypeStats");
    stats.putArray("pinnedMemos");
    stats.put("totalMemoCount", memos.size());
    return stats;
  }

  private ObjectNode updateUser(Map<String, String> query, JsonNode body) {
    String mask = query.getOrDefault("updateMask", "");
    if (mask.isBlank()) {
      throw new Problem(400, 3, "update mask is required");
    }
    for (String path : mask.split(",")) {
      switch (path.strip()) {
        case "display_name" -> user.put("displayName", body.path("displayName").asText(""));
        case "email" -> user.put("email", body.path("email").asText(""));
        case "avatar_url" -> user.put("avatarUrl", body.path("avatarUrl").asText(""));
        case "description" -> user.put("description", body.path("description").asText(""));
        default -> throw new Problem(400, 3, "invalid update path: " + path);
      }
    }
    return user.deepCopy();
  }

  private ObjectNode createWebhook(JsonNode body) {
    String url = body.path("url").asText("");
    if (url.isBlank()) {
      throw new Problem(400, 3, "url is required");
    }
    long id = ++sequence;
    ObjectNode webhook = json.createObjectNode();
    webhook.put("name", USER + "/webhooks/" + id);
    webhook.put("url", url);
    webhook.put("displayName", body.path("displayName").asText(""));
    webhook.put("createTime", clock.instant().toString());
    webhook.put("updateTime", clock.instant().toString());
    webhook.put("signingSecretSet", false);
    webhooks.put(USER + "/webhooks/" + id, webhook);
    return webhook;
  }
}
