package dev.memkit.adapter.local;

import dev.memkit.port.Done;
import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * The one SQLite connection of a {@link LocalStore}, behind one JDBI handle and a lock: a CLI makes
 * a few calls in a row, so a single connection is the fastest and simplest choice, and the lock
 * makes the store safe to share between threads. Every port call is one transaction: {@link #read}
 * (deferred, never blocks writers in WAL mode) or {@link #write} ({@code BEGIN IMMEDIATE}, which
 * takes the write lock at once, so a transaction never fails half way for want of it). Another
 * process holding the lock longer than the busy timeout gives {@link Failure.Unavailable}; any
 * other SQL error {@link Failure.Unexpected}. No exception of the driver leaves this class.
 */
final class Database implements AutoCloseable {

  static final Origin ORIGIN = Origin.local("local");

  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_CANTOPEN = 14;
  private static final int SQLITE_NOTADB = 26;

  /** What a port call does inside its transaction. */
  @FunctionalInterface
  interface Work<T> {
    Either<Failure, T> apply(Handle handle);
  }

  private final Path path;
  private final Connection connection;
  private final Handle handle;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  private Database(Path path, Connection connection, Clock clock) {
    this.path = path;
    this.connection = connection;
    this.clock = clock;
    ConnectionFactory single =
        new ConnectionFactory() {
          @Override
          public Connection openConnection() {
            return connection;
          }

          @Override
          public void closeConnection(Connection ignored) {
            // The store closes its connection itself, in close().
          }
        };
    this.handle = Jdbi.create(single).open();
  }

  /**
   * Opens (and creates, with its directories) the SQLite file at {@code path}: WAL journal, {@code
   * synchronous=NORMAL} (a crash loses no committed transaction, a power cut at most the last few),
   * foreign keys on, and {@code busyTimeout} to wait for other processes.
   */
  static Either<Failure, Database> open(Path path, Duration busyTimeout, Clock clock) {
    Path file = path.toAbsolutePath().normalize();
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException | SecurityException e) {
      return Either.left(
          new Failure.Unavailable(
              ORIGIN, "cannot create the directory of the store file " + file + ": " + e));
    }
    Connection connection;
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout((int) busyTimeout.toMillis());
      connection = config.createConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      return Either.left(sqlFailure(file, e));
    }
    Database database = new Database(file, connection, clock);
    Either<Failure, Done> ready = database.configure(busyTimeout);
    if (ready.isLeft()) {
      database.close();
      return Either.left(ready.getLeft());
    }
    return Either.right(database);
  }

  private Either<Failure, Done> configure(Duration busyTimeout) {
    try {
      // The busy timeout first: switching a new file to WAL needs a lock another process may hold.
      handle.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
      String journal = handle.createQuery("PRAGMA journal_mode = WAL").mapTo(String.class).one();
      if (!"wal".equalsIgnoreCase(journal)) {
        return Either.left(
            new Failure.Unexpected(
                ORIGIN, "the store file " + path + " cannot use a write-ahead log: " + journal));
      }
      handle.execute("PRAGMA synchronous = NORMAL");
      handle.execute("PRAGMA foreign_keys = ON");
      return Either.right(Done.DONE);
    } catch (JdbiException e) {
      return Either.left(failure(e));
    }
  }

  Path path() {
    return path;
  }

  /** Now, by the store's clock, to the millisecond: the precision the file keeps. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Runs {@code work} in a read transaction: one consistent snapshot, no write lock. */
  <T> Either<Failure, T> read(Work<T> work) {
    return transaction("BEGIN DEFERRED", work);
  }

  /**
   * Runs {@code work} in a write transaction, committed when it returns a success and rolled back
   * when it returns a failure or throws, so a failed call changes nothing.
   */
  <T> Either<Failure, T> write(Work<T> work) {
    return transaction("BEGIN IMMEDIATE", work);
  }

  private <T> Either<Failure, T> transaction(String begin, Work<T> work) {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the local store " + path + " is closed");
      }
      boolean open = false;
      try {
        handle.execute(begin);
        open = true;
        Either<Failure, T> result = work.apply(handle);
        handle.execute(result.isRight() ? "COMMIT" : "ROLLBACK");
        open = false;
        return result;
      } catch (JdbiException | StoreCorrupt e) {
        return Either.left(failure(e));
      } finally {
        if (open) {
          rollbackQuietly();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void rollbackQuietly() {
    try {
      handle.execute("ROLLBACK");
    } catch (JdbiException e) {
      // SQLite may have rolled back already (it does on some errors); nothing is left to undo.
    }
  }

  /** The failure a port reports for {@code e}; the message is safe to show (no SQL, no data). */
  Failure failure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sqlFailure(path, sql);
      }
      if (cause instanceof StoreCorrupt corrupt) {
        return new Failure.Unexpected(
            ORIGIN, "the store file " + path + " holds " + corrupt.getMessage());
      }
    }
    return new Failure.Unexpected(
        ORIGIN, "the store file " + path + " failed: " + e.getClass().getSimpleName());
  }

  static Failure sqlFailure(Path path, SQLException e) {
    int code =
        e instanceof SQLiteException sqlite
            ? sqlite.getResultCode().code & 0xff
            : e.getErrorCode() & 0xff;
    return switch (code) {
      case SQLITE_BUSY, SQLITE_LOCKED ->
          new Failure.Unavailable(
              ORIGIN,
              "the store file "
                  + path
                  + " is locked by another memkit process; try again when it has finished");
      case SQLITE_NOTADB ->
          new Failure.Unexpected(ORIGIN, path + " is not a memkit store (not an SQLite database)");
      case SQLITE_CANTOPEN -> new Failure.Unavailable(ORIGIN, "cannot open the store file " + path);
      default -> new Failure.Unexpected(ORIGIN, "SQLite failed on " + path + ": " + e.getMessage());
    };
  }

  /** Closes the connection; SQLite checkpoints the write-ahead log into the file. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      handle.close();
      connection.close();
    } catch (SQLException | JdbiException e) {
      // Closing cannot lose committed data; there is nothing a caller could do about it.
    } finally {
      lock.unlock();
    }
  }
}
