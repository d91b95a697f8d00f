package dev.memkit.adapter.memos;

import com.fasterxml.jackson.databind.JsonNode;
import dev.memkit.http.RetryPolicy;
import dev.memkit.port.Account;
import dev.memkit.port.Attachments;
import dev.memkit.port.Backend;
import dev.memkit.port.Capability;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.port.Origin;
import dev.memkit.port.Sleeper;
import dev.memkit.port.Tags;
import dev.memkit.port.Webhooks;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection to a Memos server, offering its notes, attachments, tags, search, webhooks and
 * account through memkit's ports.
 *
 * <p>{@link #connect} detects the server's API dialect once ({@code /api/v1/instance/profile}
 * answers on Memos 0.26 and later; {@code /api/v1/system/info} is the documented API), refuses a
 * real server older than 0.26, and checks the token with {@code /auth/me}: Memos otherwise treats a
 * bad token as an anonymous caller and quietly shows only public memos.
 */
public final class Memos {

  /** The two HTTP APIs that go by the name Memos. */
  public enum Dialect {
    /** The real server, Memos 0.26 through 0.31 (resource names, CEL filters, update masks). */
    CURRENT,
    /**
     * The API of the user's reference document ({@code page}/{@code limit}, {@code /tags}, ...).
     */
    DOCUMENTED
  }

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

  private final Dialect dialect;
  private final String version;
  private final MemosNotes notes;
  private final MemosAttachments attachments;
  private final MemosTags tags;
  private final MemosNoteSearch search;
  private final MemosWebhooks webhooks;
  private final MemosAccount account;

  private Memos(Dialect dialect, String version, MemosHttp http, String user) {
    this.dialect = dialect;
    this.version = version;
    this.notes = new MemosNotes(http);
    this.attachments = new MemosAttachments(http, notes);
    this.tags = new MemosTags(http, user);
    this.search = new MemosNoteSearch(notes);
    this.webhooks = new MemosWebhooks(http, user);
    this.account = new MemosAccount(http);
  }

  /**
   * Connects to the server {@code config} names: detects (or takes the forced) dialect and the
   * version, and checks the token. Fails {@code Unsupported} for a server older than 0.26 or one
   * speaking only the documented dialect, {@code Unauthenticated} for a rejected token.
   */
  public static Either<Failure, Memos> connect(MemosConfig config, Clock clock, Sleeper sleeper) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    MemosHttp http = MemosHttp.create(config, clock, sleeper, RetryPolicy.standard(sleeper));
    if (config.dialect().contains(Dialect.DOCUMENTED)) {
      return documented();
    }
    Either<Failure, JsonNode> profile = http.get("/api/v1/instance/profile", Map.of(), "profile");
    if (profile.isLeft() && profile.getLeft() instanceof Failure.NotFound) {
      Either<Failure, JsonNode> old =
          http.get("/api/v1/workspace/profile", Map.of(), "workspace profile");
      if (old.isRight()) {
        return Either.left(tooOld(old.get().path("version").asText("before 0.25.3")));
      }
      if (config.dialect().isEmpty()
          && http.get("/api/v1/system/info", Map.of(), "system info").isRight()) {
        return documented();
      }
      return Either.left(profile.getLeft());
    }
    if (profile.isLeft()) {
      return Either.left(profile.getLeft());
    }
    String version = profile.get().path("version").asText("");
    if (!supported(version)) {
      return Either.left(tooOld(version.isEmpty() ? "(unknown)" : version));
    }
    MemosAccount account = new MemosAccount(http);
    return account
        .me()
        .map(user -> user.path("name").asText(""))
        .flatMap(
            user ->
                user.startsWith("users/")
                    ? Either.right(new Memos(Dialect.CURRENT, version, http, user))
                    : Either.left(
                        new Failure.Unexpected(
                            Origin.local(MemosHttp.BACKEND), "/auth/me named no user")));
  }

  static boolean supported(String version) {
    Matcher matcher = VERSION.matcher(version.strip());
    if (!matcher.matches()) {
      return false;
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    return major > 0 || minor >= 26;
  }

  private static Failure tooOld(String version) {
    return new Failure.Unsupported(
        Origin.local(MemosHttp.BACKEND),
        "this server: unsupported Memos version " + version + "; 0.26 or later is needed");
  }

  private static Either<Failure, Memos> documented() {
    return Either.left(
        new Failure.Unsupported(
            Origin.local(MemosHttp.BACKEND),
            "the documented Memos API dialect yet (only real Memos 0.26 and later)"));
  }

  /** The backend as the CLI lists it. */
  public static Backend descriptor() {
    return new Backend(
        "memos",
        EnumSet.of(
            Capability.NOTES,
            Capability.ATTACHMENTS,
            Capability.TAGS,
            Capability.NOTE_SEARCH,
            Capability.WEBHOOKS,
            Capability.ACCOUNT),
        "MEMOS_HOST (base URL of a Memos 0.26+ server), MEMOS_TOKEN (personal access token)");
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The server's version as it reports it, e.g. {@code 0.30.0}. */
  public String serverVersion() {
    return version;
  }

  public Notes notes() {
    return notes;
  }

  public Attachments attachments() {
    return attachments;
  }

  public Tags tags() {
    return tags;
  }

  public NoteSearch search() {
    return search;
  }

  public Webhooks webhooks() {
    return webhooks;
  }

  public Account account() {
    return account;
  }
}
