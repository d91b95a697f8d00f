package dev.memkit.testkit.note;

import dev.memkit.domain.account.ServiceInfo;
import dev.memkit.domain.account.User;
import dev.memkit.port.Sleeper;
import dev.memkit.testkit.Faults;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Objects;

/**
 * An in-memory notes backend: one store shared by fakes of every notes port, so a note created
 * through {@link #notes()} shows up in {@link #search()} and {@link #tags()}, and an attachment
 * uploaded through {@link #attachments()} on its note. Thread-safe; times come from the given
 * clock, and each fake spends its injected latency through the given sleeper. Each fake has its own
 * {@link Faults}.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.standard();
 * InMemoryNoteBackend backend = InMemoryNoteBackend.create(clock, new VirtualSleeper(clock));
 * Note note = backend.notes().create(NoteFixtures.aNoteDraft().build()).get();
 * }</pre>
 */
public final class InMemoryNoteBackend {

  /** The user a backend is signed in as unless told otherwise. */
  public static final User DEFAULT_USER =
      new User("memkit", "memkit tester", Option.none(), Option.none(), "USER");

  /** What the in-memory backend says about itself. */
  public static final ServiceInfo SERVICE_INFO =
      new ServiceInfo("in-memory", "1", Option.some("memkit's in-memory notes backend, for tests"));

  private final InMemoryNotes notes;
  private final InMemoryAttachments attachments;
  private final InMemoryTags tags;
  private final InMemoryNoteSearch search;
  private final InMemoryWebhooks webhooks;
  private final InMemoryAccount account;

  private InMemoryNoteBackend(NoteStore store, Sleeper sleeper) {
    this.notes = new InMemoryNotes(store, new Faults(sleeper));
    this.attachments = new InMemoryAttachments(store, new Faults(sleeper));
    this.tags = new InMemoryTags(store, new Faults(sleeper));
    this.search = new InMemoryNoteSearch(store, new Faults(sleeper));
    this.webhooks = new InMemoryWebhooks(store, new Faults(sleeper));
    this.account = new InMemoryAccount(store, new Faults(sleeper));
  }

  /** An empty backend, signed in as {@link #DEFAULT_USER}. */
  public static InMemoryNoteBackend create(Clock clock, Sleeper sleeper) {
    return create(clock, sleeper, DEFAULT_USER);
  }

  /** An empty backend, signed in as {@code user}. */
  public static InMemoryNoteBackend create(Clock clock, Sleeper sleeper, User user) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(user, "user");
    return new InMemoryNoteBackend(new NoteStore(clock, user, SERVICE_INFO), sleeper);
  }

  public InMemoryNotes notes() {
    return notes;
  }

  public InMemoryAttachments attachments() {
    return attachments;
  }

  public InMemoryTags tags() {
    return tags;
  }

  public InMemoryNoteSearch search() {
    return search;
  }

  public InMemoryWebhooks webhooks() {
    return webhooks;
  }

  public InMemoryAccount account() {
    return account;
  }
}
