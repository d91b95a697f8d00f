package dev.memkit.adapter.local;

import dev.memkit.domain.schedule.FsrsSettings;
import dev.memkit.domain.schedule.StudyDay;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to open a {@link LocalStore}: the SQLite {@code database} file (created with its parent
 * directories when missing), the {@code studyDay} that due dates and forecasts count in (and SM-2
 * intervals), how long a write waits for another process that holds the file ({@code busyTimeout},
 * 5 s by default) and the {@code fsrs} settings of decks scheduled by FSRS-6.
 */
public record LocalStoreConfig(
    Path database, StudyDay studyDay, Duration busyTimeout, FsrsSettings fsrs) {

  /** How long a write waits for another process by default. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

  /**
   * @throws IllegalArgumentException if {@code busyTimeout} is negative or longer than SQLite can
   *     wait (about 24 days)
   */
  public LocalStoreConfig {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(studyDay, "studyDay");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    Objects.requireNonNull(fsrs, "fsrs");
    if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "busy timeout must be between 0 and " + Integer.MAX_VALUE + " ms: " + busyTimeout);
    }
  }

  /** The file {@code database} with the default busy timeout and FSRS settings. */
  public static LocalStoreConfig of(Path database, StudyDay studyDay) {
    return new LocalStoreConfig(database, studyDay, DEFAULT_BUSY_TIMEOUT, FsrsSettings.DEFAULT);
  }

  public LocalStoreConfig withBusyTimeout(Duration busyTimeout) {
    return new LocalStoreConfig(database, studyDay, busyTimeout, fsrs);
  }

  public LocalStoreConfig withFsrs(FsrsSettings fsrs) {
    return new LocalStoreConfig(database, studyDay, busyTimeout, fsrs);
  }
}
