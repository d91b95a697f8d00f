package dev.memkit.app.wiring;

import dev.memkit.adapter.maimemo.MaiMemo;
import dev.memkit.adapter.maimemo.MaiMemoConfig;
import dev.memkit.app.config.MaimemoSettings;
import dev.memkit.app.usecase.BackendPorts;
import dev.memkit.app.usecase.BackendSource;
import dev.memkit.port.Definitions;
import dev.memkit.port.Failure;
import dev.memkit.port.Mnemonics;
import dev.memkit.port.Sentences;
import dev.memkit.port.Sleeper;
import dev.memkit.port.StudyPlan;
import dev.memkit.port.Vocabulary;
import dev.memkit.port.WordLists;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

/**
 * Connects to MaiMemo's Open API on first use; every call then goes through its shared rate
 * limiter.
 */
final class MaiMemoSource implements BackendSource {

  private final MaimemoSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;
  private Option<Either<Failure, BackendPorts>> opened = Option.none();

  MaiMemoSource(MaimemoSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public synchronized Either<Failure, BackendPorts> open() {
    if (opened.isEmpty()) {
      opened = Option.some(MaiMemo.connect(config(), clock, sleeper).map(MaiMemoSource::ports));
    }
    return opened.get();
  }

  private MaiMemoConfig config() {
    MaiMemoConfig config = MaiMemoConfig.of(settings.token());
    return settings.baseUri().map(config::withBaseUri).getOrElse(config);
  }

  private static BackendPorts ports(MaiMemo maimemo) {
    return BackendPorts.builder(KnownBackends.MAIMEMO.name())
        .with(Vocabulary.class, maimemo.vocabulary())
        .with(Definitions.class, maimemo.definitions())
        .with(Mnemonics.class, maimemo.mnemonics())
        .with(Sentences.class, maimemo.sentences())
        .with(WordLists.class, maimemo.wordLists())
        .with(StudyPlan.class, maimemo.studyPlan())
        .build();
  }
}
