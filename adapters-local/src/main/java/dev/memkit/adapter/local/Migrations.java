package dev.memkit.adapter.local;

import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Brings a store file to the format this code writes. Each format version {@code n} is an SQL
 * resource {@code migration/Vn__description.sql}, listed in {@link #FILES} (no classpath scan:
 * opening the store stays fast). The file's version is {@code PRAGMA user_version}; each missing
 * version is applied in its own write transaction together with the new {@code user_version}, so a
 * crash leaves the file at one version or the next, never between. The version is read again inside
 * the transaction, so two processes opening a new file at once migrate it once. A file newer than
 * this code is refused with {@link Failure.Unsupported}: an older memkit must not write it.
 */
final class Migrations {

  /** Version {@code i + 1} is {@code FILES.get(i)}; append, never edit a released file. */
  static final List<String> FILES = List.of("V1__schema.sql", "V2__history_and_tag_indexes.sql");

  private Migrations() {}

  /** The format version this code writes. */
  static int latest() {
    return FILES.size();
  }

  /** Migrates {@code database} to the latest version; the version it was at before. */
  static Either<Failure, Integer> migrate(Database database) {
    return migrate(database, latest());
  }

  /** Migrates {@code database} to {@code target} (tests build old files with it). */
  static Either<Failure, Integer> migrate(Database database, int target) {
    Either<Failure, Integer> found = database.read(handle -> Either.right(version(handle)));
    if (found.isLeft()) {
      return found;
    }
    int before = found.get();
    if (before > latest()) {
      return Either.left(
          new Failure.Unsupported(
              Database.ORIGIN,
              "the store file "
                  + database.path()
                  + " in format version "
                  + before
                  + " (this memkit reads versions up to "
                  + latest()
                  + "; upgrade memkit to open it)"));
    }
    for (int version = before + 1; version <= target; version++) {
      int next = version;
      Either<Failure, Integer> applied =
          database.write(
              handle -> {
                if (version(handle) < next) {
                  for (String statement : statements(next)) {
                    handle.execute(statement);
                  }
                  handle.execute("PRAGMA user_version = " + next);
                }
                return Either.right(next);
              });
      if (applied.isLeft()) {
        return applied;
      }
    }
    return Either.right(before);
  }

  static int version(Handle handle) {
    return handle.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
  }

  /** The statements of version {@code version}'s file, comments dropped. */
  static List<String> statements(int version) {
    String name = FILES.get(version - 1);
    String sql;
    try (InputStream in = Migrations.class.getResourceAsStream("migration/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " is missing from the classpath");
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + name, e);
    }
    StringBuilder code = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      if (!line.strip().startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    // The migrations hold no semicolons inside literals, so statements split on them.
    List<String> statements = new ArrayList<>();
    for (String statement : code.toString().split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return List.copyOf(statements);
  }
}
