package dev.memkit.adapter.local;

import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Failure;
import dev.memkit.testkit.MutableClock;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh store file per test in a temporary directory, opened on first use with a {@link
 * MutableClock} and days from 4 AM in Berlin (the clock starts in the night clocks go forward, so
 * daylight saving time is exercised), closed and deleted after the test. Register it as an instance
 * field: {@code @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();}.
 */
final class LocalStoreExtension implements BeforeEachCallback, AfterEachCallback {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final StudyDay STUDY_DAY = StudyDay.of(BERLIN, LocalTime.of(4, 0));

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-29T01:30:00Z"), BERLIN);
  private @Nullable Path dir;
  private @Nullable LocalStore store;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("memkit-local-");
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    close();
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  MutableClock clock() {
    return clock;
  }

  Path file() {
    if (dir == null) {
      throw new IllegalStateException("no test is running");
    }
    return dir.resolve("memkit.db");
  }

  LocalStoreConfig config() {
    return LocalStoreConfig.of(file(), STUDY_DAY);
  }

  /** The store, opened on first use. */
  LocalStore store() {
    if (store == null) {
      store = open(config());
    }
    return store;
  }

  /** Closes the store and opens the file again: what was saved is what a new process sees. */
  LocalStore reopen() {
    close();
    return store();
  }

  void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }

  LocalStore open(LocalStoreConfig config) {
    Either<Failure, LocalStore> opened = LocalStore.open(config, clock);
    if (opened.isLeft()) {
      throw new IllegalStateException("cannot open the test store: " + opened.getLeft());
    }
    return opened.get();
  }
}
