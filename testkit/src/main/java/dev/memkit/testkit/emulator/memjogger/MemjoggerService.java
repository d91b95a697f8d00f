package dev.memkit.testkit.emulator.memjogger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.Sm2Scheduler;
import dev.memkit.domain.schedule.StudyDay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state and the behaviour behind {@link MemjoggerEmulator}: what each documented call does,
 * with the documented error codes. One lock (this object's) guards everything, so each request is
 * atomic. Dates are the client's ({@code client_date}) or, when it is not sent, the server's today
 * by the injected clock in the clock's zone.
 */
final class MemjoggerService {

  /** Memjogger's limits: card set names 1 to 25 characters, questions and answers 10,000. */
  static final int MAX_NAME = 25;

  static final int MAX_TEXT = 10_000;
  static final int DEFAULT_LIMIT = 10;

  /** Whole days on the client's calendar: the scheduler works on {@code client_date}s. */
  private static final StudyDay DAYS = StudyDay.of(ZoneOffset.UTC);

  private static final ObjectMapper ERRORS = new ObjectMapper();

  private static final Pattern LOGIN = Pattern.compile("/user/login/?");
  private static final Pattern SETS = Pattern.compile("/cardset/?");
  private static final Pattern SET = Pattern.compile("/cardset/(\\d{1,18})/?");
  private static final Pattern SET_CARDS = Pattern.compile("/cardset/(\\d{1,18})/cards/?");
  private static final Pattern CARD = Pattern.compile("/card/(\\d{1,18})/?");
  private static final Pattern MARK = Pattern.compile("/card/(\\d{1,18})/mark/?");

  /** One parsed request: the path below {@code /api}, the first value of each query parameter. */
  record Request(
      String method,
      String path,
      Map<String, String> query,
      Map<String, List<String>> headers,
      byte[] body) {

    Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }

  /** Ends a request early with {@code answer}: keeps each operation a straight line. */
  private static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Answer answer;

    Rejected(Answer answer) {
      super(null, null, false, false);
      this.answer = answer;
    }
  }

  private static final class User {
    final String email;
    String password;
    Subscription subscription = Subscription.TRIAL;

    User(String email, String password) {
      this.email = email;
      this.password = password;
    }
  }

  private static final class CardSet {
    final long id;
    final User owner;
    String name;

    CardSet(long id, User owner, String name) {
      this.id = id;
      this.owner = owner;
      this.name = name;
    }
  }

  private static final class StoredCard {
    final long id;
    final long setId;
    String question;
    String answer;
    ReviewState state;

    StoredCard(long id, long setId, String question, String answer, ReviewState state) {
      this.id = id;
      this.setId = setId;
      this.question = question;
      this.answer = answer;
      this.state = state;
    }

    LocalDate next() {
      return DAYS.dayOf(state.due());
    }
  }

  private final Clock clock;
  private final Sm2Scheduler scheduler = Sm2Scheduler.create(DAYS);
  private final ObjectMapper json =
      JsonMapper.builder()
          // The document's own examples write {"mark": "3", client_date: "2012-03-10"}.
          .enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES)
          .build();
  private final SecureRandom random = new SecureRandom();

  private final Map<String, User> users = new HashMap<>();
  private final Map<String, User> tokens = new HashMap<>();
  private final TreeMap<Long, CardSet> sets = new TreeMap<>();
  private final TreeMap<Long, StoredCard> cards = new TreeMap<>();
  private long lastSetId;
  private long lastCardId;
  private boolean exportHeader;

  MemjoggerService(Clock clock) {
    this.clock = clock;
  }

  // ---- administration (the emulator's Java API) ----

  synchronized void createAccount(String email, String password) {
    if (users.containsKey(email)) {
      throw new IllegalArgumentException("an account " + email + " exists already");
    }
    users.put(email, new User(email, password));
  }

  synchronized String issueToken(String email) {
    User user = user(email);
    String token = HexFormat.of().formatHex(bytes());
    tokens.put(token, user);
    return token;
  }

  synchronized void subscription(String email, Subscription subscription) {
    user(email).subscription = subscription;
  }

  synchronized void password(String email, String password) {
    user(email).password = password;
  }

  synchronized void expireTokens() {
    tokens.clear();
  }

  synchronized void exportHeader(boolean header) {
    exportHeader = header;
  }

  // ---- the API ----

  synchronized Answer answer(Request request) {
    try {
      return route(request);
    } catch (Rejected rejected) {
      return rejected.answer;
    }
  }

  private Answer route(Request r) {
    String path = r.path();
    Matcher m;
    if (LOGIN.matcher(path).matches()) {
      return on(r, "POST", () -> login(r));
    }
    if (SETS.matcher(path).matches()) {
      return switch (r.method()) {
        case "GET" -> listSets(reader(r), r);
        case "POST" -> createSet(writer(r), r);
        default -> Answer.empty(405);
      };
    }
    if ((m = SET.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      return switch (r.method()) {
        case "GET" -> getSet(reader(r), id, r);
        case "PUT" -> renameSet(writer(r), id, r);
        case "DELETE" -> deleteSet(writer(r), id);
        default -> Answer.empty(405);
      };
    }
    if ((m = SET_CARDS.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      return switch (r.method()) {
        case "GET" -> listCards(reader(r), id, r);
        case "POST" -> createCard(writer(r), id, r);
        default -> Answer.empty(405);
      };
    }
    if ((m = MARK.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      return on(r, "POST", () -> mark(reader(r), id, r));
    }
    if ((m = CARD.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      return switch (r.method()) {
        case "GET" -> getCard(reader(r), id);
        case "PUT" -> updateCard(writer(r), id, r);
        case "DELETE" -> deleteCard(writer(r), id);
        default -> Answer.empty(405);
      };
    }
    return Answer.empty(404);
  }

  private Answer login(Request r) {
    JsonNode body = body(r);
    User user = users.get(body.path("email").asText(""));
    if (user == null || !user.password.equals(body.path("passwd").asText(null))) {
      return Answer.empty(401);
    }
    return ok(Map.of("token", issueToken(user.email)));
  }

  private Answer listSets(User user, Request r) {
    Optional<LocalDate> day = optionalDate(r.query().get("client_date"));
    List<Map<String, Object>> found = new ArrayList<>();
    for (CardSet set : sets.values()) {
      if (set.owner == user) {
        found.add(setJson(set, day));
      }
    }
    return ok(Map.of("card_sets", found));
  }

  private Answer getSet(User user, long id, Request r) {
    Optional<LocalDate> day = optionalDate(r.query().get("client_date"));
    return ok(Map.of("card_set", setJson(ownSet(user, id), day)));
  }

  private Answer createSet(User user, Request r) {
    String name = validName(body(r));
    if (nameTaken(user, name, -1)) {
      throw reject(422, "card_set_already_exists");
    }
    CardSet set = new CardSet(++lastSetId, user, name);
    sets.put(set.id, set);
    return ok(Map.of("id", set.id));
  }

  private Answer renameSet(User user, long id, Request r) {
    CardSet set = ownSet(user, id);
    String name = validName(body(r));
    if (nameTaken(user, name, id)) {
      throw reject(422, "card_set_already_exists");
    }
    set.name = name;
    return Answer.empty(200);
  }

  private Answer deleteSet(User user, long id) {
    CardSet set = ownSet(user, id);
    sets.remove(set.id);
    cards.values().removeIf(card -> card.setId == set.id);
    return Answer.empty(200);
  }

  private Answer listCards(User user, long id, Request r) {
    CardSet set = ownSet(user, id);
    Optional<LocalDate> day = optionalDate(r.query().get("client_date"));
    // client_date: "send only cards that have a repeat scheduled for a given date" — read as due
    // on that date or before (a repeat not yet done is still scheduled; exam_count's "old").
    List<StoredCard> matching =
        cards.values().stream()
            .filter(card -> card.setId == set.id)
            .filter(card -> day.isEmpty() || !card.next().isAfter(day.get()))
            .toList();
    String export = r.query().get("export");
    boolean paged = r.query().containsKey("l") || r.query().containsKey("p");
    int limit = positive(r.query().get("l"), DEFAULT_LIMIT);
    int page = positive(r.query().get("p"), 1);
    if (export != null) {
      // An export is the whole set unless the client pages it explicitly.
      return export(export, paged ? page(matching, limit, page) : matching);
    }
    List<Map<String, Object>> items =
        page(matching, limit, page).stream().map(this::cardJson).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cards", items);
    body.put("count", matching.size());
    body.put("pcount", Math.max(1, (matching.size() + limit - 1) / limit));
    body.put("pnum", page);
    return ok(body);
  }

  private Answer createCard(User user, long setId, Request r) {
    CardSet set = ownSet(user, setId);
    JsonNode body = body(r);
    String[] content = validContent(body);
    LocalDate day = clientDate(body);
    // The document's example: a card created on 2012-03-10 is first due on 2012-03-11.
    LocalDate first = day.plusDays(1);
    StoredCard card =
        new StoredCard(
            ++lastCardId,
            set.id,
            content[0],
            content[1],
            new ReviewState.Fresh(DAYS.startOf(first)));
    cards.put(card.id, card);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", card.id);
    answer.put("next_exam_date", first.toString());
    return ok(answer);
  }

  private Answer getCard(User user, long id) {
    return ok(Map.of("card", cardJson(ownCard(user, id))));
  }

  private Answer updateCard(User user, long id, Request r) {
    StoredCard card = ownCard(user, id);
    String[] content = validContent(body(r));
    card.question = content[0];
    card.answer = content[1];
    return Answer.empty(200);
  }

  private Answer deleteCard(User user, long id) {
    cards.remove(ownCard(user, id).id);
    return Answer.empty(200);
  }

  private Answer mark(User user, long id, Request r) {
    StoredCard card = ownCard(user, id);
    JsonNode body = body(r);
    List<String> errors = new ArrayList<>();
    Optional<Grade> grade = grade(body.get("mark"));
    if (grade.isEmpty()) {
      errors.add("invalid_mark");
    }
    Optional<LocalDate> day = Optional.empty();
    try {
      day = Optional.of(clientDate(body));
    } catch (Rejected invalidDate) {
      errors.add("invalid_date_format");
    }
    if (!errors.isEmpty()) {
      throw reject(422, errors.toArray(String[]::new));
    }
    card.state = scheduler.review(card.state, grade.get(), DAYS.startOf(day.get()));
    return ok(Map.of("next_exam_date", card.next().toString()));
  }

  // ---- helpers ----

  private Answer on(Request r, String method, Supplier<Answer> action) {
    return r.method().equals(method) ? action.get() : Answer.empty(405);
  }

  /** The signed-in user: token in the {@code X-Memjogger-Token} header or {@code ?token=}. */
  private User reader(Request r) {
    String token = r.header("x-memjogger-token").orElse(r.query().get("token"));
    User user = token == null ? null : tokens.get(token);
    if (user == null) {
      throw new Rejected(Answer.empty(401));
    }
    return user;
  }

  /** The signed-in user, who must be in the trial or subscribed. */
  private User writer(Request r) {
    User user = reader(r);
    if (!user.subscription.allowsWrites()) {
      throw reject(
          403, user.subscription == Subscription.TRIAL_EXPIRED ? "trial_expired" : "sub_expired");
    }
    return user;
  }

  private CardSet ownSet(User user, long id) {
    CardSet set = sets.get(id);
    if (set == null || set.owner != user) {
      throw new Rejected(Answer.empty(404));
    }
    return set;
  }

  private StoredCard ownCard(User user, long id) {
    StoredCard card = cards.get(id);
    if (card == null || sets.get(card.setId).owner != user) {
      throw new Rejected(Answer.empty(404));
    }
    return card;
  }

  private boolean nameTaken(User user, String name, long except) {
    return sets.values().stream()
        .anyMatch(set -> set.owner == user && set.id != except && set.name.equals(name));
  }

  private static String validName(JsonNode body) {
    JsonNode name = body.get("name");
    if (name == null
        || !name.isTextual()
        || name.asText().isBlank()
        || length(name.asText()) > MAX_NAME) {
      throw reject(422, "card_set_name_invalid");
    }
    return name.asText();
  }

  private static String[] validContent(JsonNode body) {
    List<String> errors = new ArrayList<>();
    String question = text(body.get("q"));
    String answer = text(body.get("a"));
    if (question.isBlank() || answer.isBlank()) {
      errors.add("empty_field");
    }
    if (length(question) > MAX_TEXT) {
      errors.add("question_too_long");
    }
    if (length(answer) > MAX_TEXT) {
      errors.add("answer_too_long");
    }
    if (!errors.isEmpty()) {
      throw reject(422, errors.toArray(String[]::new));
    }
    return new String[] {question, answer};
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? "" : node.asText();
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** A mark 0 to 5, sent as a JSON number or, as in the document's example, a string. */
  private static Optional<Grade> grade(JsonNode mark) {
    if (mark == null) {
      return Optional.empty();
    }
    int value;
    if (mark.isIntegralNumber() && mark.canConvertToInt()) {
      value = mark.asInt();
    } else if (mark.isTextual() && mark.asText().strip().matches("\\d{1,2}")) {
      value = Integer.parseInt(mark.asText().strip());
    } else {
      return Optional.empty();
    }
    return Grade.of(value).toJavaOptional();
  }

  /** The body's {@code client_date}, or the server's today when it has none. */
  private LocalDate clientDate(JsonNode body) {
    JsonNode date = body.get("client_date");
    if (date == null || date.isNull()) {
      return LocalDate.now(clock);
    }
    return date(date.asText());
  }

  private static Optional<LocalDate> optionalDate(String value) {
    return value == null ? Optional.empty() : Optional.of(date(value));
  }

  private static LocalDate date(String value) {
    try {
      if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not %Y-%m-%d", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw reject(422, "invalid_date_format");
    }
  }

  private static int positive(String value, int fallback) {
    if (value == null || !value.matches("\\d{1,9}")) {
      return fallback;
    }
    int parsed = Integer.parseInt(value);
    return parsed < 1 ? fallback : parsed;
  }

  private static <T> List<T> page(List<T> all, int limit, int page) {
    long from = (long) (page - 1) * limit;
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + limit));
  }

  private Answer export(String format, List<StoredCard> selected) {
    List<Exports.XmlCard> rows =
        selected.stream()
            .map(c -> new Exports.XmlCard(c.id, c.question, c.answer, c.next().toString(), c.setId))
            .toList();
    return switch (format) {
      case "csv" -> Answer.text(200, Exports.CSV_TYPE, Exports.csv(rows, exportHeader));
      case "xml" -> Answer.text(200, Exports.XML_TYPE, Exports.xml(rows));
      default -> throw reject(422, "invalid_export_format");
    };
  }

  private Map<String, Object> setJson(CardSet set, Optional<LocalDate> day) {
    Map<String, Object> examCount = new LinkedHashMap<>();
    day.ifPresent(
        today -> {
          int old = 0;
          TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
          for (StoredCard card : cards.values()) {
            if (card.setId == set.id) {
              if (card.next().isBefore(today)) {
                old++;
              } else {
                byDay.merge(card.next(), 1, Integer::sum);
              }
            }
          }
          byDay.forEach((date, count) -> examCount.put(date.toString(), count));
          if (old > 0) {
            examCount.put("old", old);
          }
        });
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", set.id);
    json.put("name", set.name);
    json.put("exam_count", examCount);
    return json;
  }

  private Map<String, Object> cardJson(StoredCard card) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", card.id);
    json.put("q", card.question);
    json.put("a", card.answer);
    json.put("next_exam_date", card.next().toString());
    json.put("card_set_id", card.setId);
    return json;
  }

  private JsonNode body(Request r) {
    try {
      JsonNode node = json.readTree(r.body());
      if (node == null || !node.isObject()) {
        throw new Rejected(Answer.empty(400));
      }
      return node;
    } catch (IOException e) {
      throw new Rejected(Answer.empty(400));
    }
  }

  private Answer ok(Object body) {
    try {
      return new Answer(200, Answer.JSON, json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Rejected reject(int status, String... errors) {
    try {
      byte[] body = ERRORS.writeValueAsBytes(Map.of("errors", List.of(errors)));
      return new Rejected(new Answer(status, Answer.JSON, body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private User user(String email) {
    User user = users.get(email);
    if (user == null) {
      throw new IllegalArgumentException("no account " + email);
    }
    return user;
  }

  private byte[] bytes() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return bytes;
  }
}
