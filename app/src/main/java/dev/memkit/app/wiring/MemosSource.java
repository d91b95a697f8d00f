package dev.memkit.app.wiring;

import dev.memkit.adapter.memos.Memos;
import dev.memkit.adapter.memos.MemosConfig;
import dev.memkit.app.config.MemosSettings;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.port.Account;
import dev.memkit.port.Attachments;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.port.Sleeper;
import dev.memkit.port.Tags;
import dev.memkit.port.Webhooks;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

/**
 * Connects to a Memos server on first use: detects its API version and checks the token (a bad
 * token on a real server would otherwise quietly show only public memos).
 */
final class MemosSource implements BackendSource {

  private final MemosSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;
  private Option<Either<Failure, BackendPorts>> opened = Option.none();

  MemosSource(MemosSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public synchronized Either<Failure, BackendPorts> open() {
    if (opened.isEmpty()) {
      opened =
          Option.some(
              Memos.connect(MemosConfig.of(settings.host(), settings.token()), clock, sleeper)
                  .map(MemosSource::ports));
    }
    return opened.get();
  }

  private static BackendPorts ports(Memos memos) {
    return BackendPorts.builder(KnownBackends.MEMOS.name())
        .with(Notes.class, memos.notes())
        .with(Attachments.class, memos.attachments())
        .with(Tags.class, memos.tags())
        .with(NoteSearch.class, memos.search())
        .with(Webhooks.class, memos.webhooks())
        .with(Account.class, memos.account())
        .build();
  }
}
