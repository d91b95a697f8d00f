package dev.memkit.testkit.emulator.memjogger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful Memjogger server on {@code 127.0.0.1} (a free port), behaving as Memjogger's API
 * document says, for tests that exercise a Memjogger client over real HTTP: no network, no account,
 * no waiting for the real service.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.standard();
 * try (MemjoggerEmulator emulator = MemjoggerEmulator.create(clock).start()) {
 *   MemjoggerEmulator.Account alice = emulator.createAccount("alice@example.com", "secret");
 *   Memjogger memjogger = Memjogger.connect(
 *       MemjoggerConfig.of(new Login.Password("alice@example.com", Secret.of("secret")), zone)
 *           .withBaseUri(emulator.baseUri()),
 *       clock, new VirtualSleeper(clock)).get();
 *   ... use memjogger.decks(), .cards(), ...
 *   emulator.failNext(1);                               // the next request answers 500
 *   alice.subscription(Subscription.TRIAL_EXPIRED);     // writes now answer 403 trial_expired
 *   assertThat(emulator.requests()).noneMatch(r -> r.query().contains("token"));
 * }
 * }</pre>
 *
 * <p>What it does:
 *
 * <ul>
 *   <li><b>Accounts</b>: {@link #createAccount}; {@code POST /api/user/login} with {@code email}
 *       and {@code passwd} answers a 32-hex-digit token (401 with an empty body for wrong
 *       credentials). The token is accepted in the {@code X-Memjogger-Token} header or as {@code
 *       ?token=}; a missing or unknown one answers 401 with an empty body. {@link #expireTokens()}
 *       invalidates every token issued so far.
 *   <li><b>Card sets and cards</b> per user (another user's ids answer 404, as missing ones do),
 *       ids counted up from 1 and never reused, listed in id order; deleting a set deletes its
 *       cards. Names are 1 to 25 characters and unique per user, questions and answers 1 to 10,000
 *       (code points), with the document's error codes in {@code 422 {"errors": [...]}}. PUT and
 *       DELETE answer 200 with an empty body; 404s have an empty body.
 *   <li><b>Paging</b>: {@code l} (default 10) and {@code p} (default 1) with {@code count}, {@code
 *       pcount}, {@code pnum}; {@code client_date} on the card listing keeps the cards due on that
 *       date or before.
 *   <li><b>Dates</b>: {@code client_date} ({@code %Y-%m-%d}, else {@code invalid_date_format}) or,
 *       when it is not sent, today by the injected clock in the clock's zone. A new card is first
 *       due the day after {@code client_date}, as in the document's example; {@code exam_count}
 *       counts each set's cards per due day from {@code client_date} on, with {@code old} for the
 *       days before (no {@code exam_count} entries without {@code client_date}).
 *   <li><b>Marks</b> 0 to 5, as a JSON number or a string ({@code "3"}, as the document's example
 *       sends it), scheduled with SM-2 ({@link dev.memkit.domain.schedule.Sm2Scheduler}) on {@code
 *       client_date}; anything else is {@code invalid_mark}. Request bodies may use unquoted keys
 *       like the document's examples; a body that is not a JSON object answers 400.
 *   <li><b>Exports</b> ({@code export=csv|xml}): the whole set unless {@code l} or {@code p} are
 *       sent; CSV rows {@code q,a,next_exam_date} with CRLF and RFC 4180 quoting, a header row only
 *       after {@link #exportHeader(boolean) exportHeader(true)}; XML {@code
 *       <cards><card><id/><q/><a/><next_exam_date/><card_set_id/></card></cards>}.
 *   <li><b>Subscription</b>: {@link Account#subscription} switches an account between trial,
 *       subscribed and expired; expired, the writes the document marks "[trial or subscription
 *       required]" answer {@code 403 {"errors": ["trial_expired"]}} (or {@code sub_expired}).
 *   <li><b>Faults</b>, applied to the next requests in the order queued, before anything is
 *       changed: {@link #failNext} (500, empty body), {@link #rejectNext} (401 for requests other
 *       than logins, as if the token had expired), {@link #dropNext} (the connection is closed
 *       without an answer), {@link #malformNext} (200 with a body that is not JSON), {@link
 *       #answerNext} (any status and body); and {@link #latency} (every answer waits, in real time:
 *       keep it short).
 *   <li><b>Request log</b>: {@link #requests()} holds every request received, faulty ones included,
 *       with method, path, query, headers and body; every answer carries an {@code X-Request-Id}.
 * </ul>
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 */
public final class MemjoggerEmulator implements AutoCloseable {

  /** The header each answer's request id comes in. */
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  static {
    // Small answers are written as headers, then body: with Nagle's algorithm on, the body waits
    // for the client's delayed ACK (some 40 ms per request on Linux). The JDK server reads this
    // once, when its first server starts; set it on the command line if another started first.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** A queued fault: an answer given instead of the real one, or none (drop the connection). */
  private record Fault(Answer answer, boolean drop) {
    static final Fault SERVER_ERROR = new Fault(Answer.empty(500), false);
    static final Fault DROP = new Fault(Answer.empty(500), true);
    static final Fault MALFORMED =
        new Fault(Answer.text(200, Answer.JSON, "{\"card_sets\": [{\"id\": 1, \"na"), false);
  }

  private final Clock clock;
  private final MemjoggerService service;
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicLong requestIds = new AtomicLong();
  private final AtomicInteger rejections = new AtomicInteger();
  private volatile Duration latency = Duration.ZERO;
  private HttpServer server;
  private ExecutorService executor;

  private MemjoggerEmulator(Clock clock) {
    this.clock = clock;
    this.service = new MemjoggerService(clock);
  }

  /**
   * An emulator whose "today" (for requests without {@code client_date}) comes from {@code clock}
   * in the clock's zone; not yet listening: call {@link #start()}.
   */
  public static MemjoggerEmulator create(Clock clock) {
    return new MemjoggerEmulator(Objects.requireNonNull(clock, "clock"));
  }

  /** Starts listening on {@code 127.0.0.1} on a free port. */
  public synchronized MemjoggerEmulator start() {
    if (server != null) {
      throw new IllegalStateException("the emulator is already started");
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on the loopback address", e);
    }
    executor =
        Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "memjogger-emulator");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  /** Stops the server; requests in flight are cut off. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** The API's base URI, {@code http://127.0.0.1:<port>/api/}, to configure a client with. */
  public synchronized URI baseUri() {
    if (server == null) {
      throw new IllegalStateException("the emulator is not started");
    }
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
  }

  /** The clock the emulator takes today from. */
  public Clock clock() {
    return clock;
  }

  /** A new account, in its trial; {@code IllegalArgumentException} if the e-mail is taken. */
  public Account createAccount(String email, String password) {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    service.createAccount(email, password);
    return new Account(email);
  }

  /** Makes every token issued so far invalid, as if they had all expired. */
  public MemjoggerEmulator expireTokens() {
    service.expireTokens();
    return this;
  }

  /** Whether CSV exports start with a header row {@code q,a,next_exam_date} (default: no). */
  public MemjoggerEmulator exportHeader(boolean header) {
    service.exportHeader(header);
    return this;
  }

  /** The next {@code count} requests answer 500 with an empty body and change nothing. */
  public MemjoggerEmulator failNext(int count) {
    return queue(Fault.SERVER_ERROR, count);
  }

  /**
   * The next {@code count} requests other than logins answer 401, as if their token had expired
   * (logins go on working, so a client can sign in again).
   */
  public MemjoggerEmulator rejectNext(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    rejections.addAndGet(count);
    return this;
  }

  /**
   * The next request gets this answer instead of its own ({@code body} as JSON, may be empty),
   * changing nothing: for answers the emulator would not give by itself, e.g. an error code for
   * input it accepts, or fields the document does not mention.
   */
  public MemjoggerEmulator answerNext(int status, String body) {
    Objects.requireNonNull(body, "body");
    Fault canned =
        new Fault(
            body.isEmpty() ? Answer.empty(status) : Answer.text(status, Answer.JSON, body), false);
    synchronized (faults) {
      faults.addLast(canned);
    }
    return this;
  }

  /** The next {@code count} requests get their connection closed without any answer. */
  public MemjoggerEmulator dropNext(int count) {
    return queue(Fault.DROP, count);
  }

  /** The next {@code count} requests answer 200 with a body that is not JSON, changing nothing. */
  public MemjoggerEmulator malformNext(int count) {
    return queue(Fault.MALFORMED, count);
  }

  /** Every answer waits {@code latency} (real time) before it is sent. */
  public MemjoggerEmulator latency(Duration latency) {
    this.latency = Objects.requireNonNull(latency, "latency");
    return this;
  }

  /** Forgets queued faults and latency. */
  public MemjoggerEmulator clearFaults() {
    synchronized (faults) {
      faults.clear();
    }
    rejections.set(0);
    latency = Duration.ZERO;
    return this;
  }

  /** Every request received so far, oldest first. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * The requests received so far whose method and path are {@code line}, e.g. {@code "POST
   * /api/cardset"}.
   */
  public List<RecordedRequest> requests(String line) {
    return requests.stream().filter(r -> r.line().equals(line)).toList();
  }

  /** Forgets the requests received so far. */
  public MemjoggerEmulator clearRequests() {
    requests.clear();
    return this;
  }

  private MemjoggerEmulator queue(Fault fault, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    synchronized (faults) {
      for (int i = 0; i < count; i++) {
        faults.addLast(fault);
      }
    }
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      URI uri = exchange.getRequestURI();
      byte[] body = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String path = uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
      requests.add(
          new RecordedRequest(
              method,
              path,
              query,
              exchange.getRequestHeaders(),
              new String(body, StandardCharsets.UTF_8)));
      Fault fault;
      synchronized (faults) {
        fault = faults.pollFirst();
      }
      if (fault == null
          && !path.startsWith("/api/user/login")
          && rejections.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        fault = new Fault(Answer.empty(401), false);
      }
      if (fault != null && fault.drop()) {
        // Closing before any response headers closes the connection itself: the client sees
        // the connection end without an answer.
        return;
      }
      pause();
      send(exchange, fault == null ? answer(method, path, query, exchange, body) : fault.answer());
    } finally {
      exchange.close();
    }
  }

  private Answer answer(
      String method, String path, String query, HttpExchange exchange, byte[] body) {
    if (!path.startsWith("/api/")) {
      return Answer.empty(404);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    try {
      return service.answer(
          new MemjoggerService.Request(
              method, path.substring("/api".length()), parameters(query), headers, body));
    } catch (RuntimeException e) {
      return Answer.empty(500);
    }
  }

  private void pause() {
    Duration wait = latency;
    if (!wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void send(HttpExchange exchange, Answer answer) throws IOException {
    exchange.getResponseHeaders().add(REQUEST_ID_HEADER, "emu-" + requestIds.incrementAndGet());
    if (!answer.contentType().isEmpty()) {
      exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    }
    byte[] body = answer.body();
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.putIfAbsent(name, value);
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** One emulated account: switch its subscription, change its password, get it a token. */
  public final class Account {

    private final String email;

    private Account(String email) {
      this.email = email;
    }

    public String email() {
      return email;
    }

    /** A fresh token, as if the account had just logged in. */
    public String login() {
      return service.issueToken(email);
    }

    /** Moves the account to {@code subscription}. */
    public Account subscription(Subscription subscription) {
      service.subscription(email, Objects.requireNonNull(subscription, "subscription"));
      return this;
    }

    /** Changes the password; tokens already issued keep working. */
    public Account password(String password) {
      service.password(email, Objects.requireNonNull(password, "password"));
      return this;
    }
  }
}
