package dev.memkit.adapter.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Looks into a store file with plain JDBC, beside the store: what is really on disk. */
final class RawFile {

  private RawFile() {}

  /** The first column of the first row of {@code sql}, as text. */
  static String query(Path file, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        throw new IllegalStateException("no row for " + sql);
      }
      return rows.getString(1);
    }
  }

  static long count(Path file, String sql) throws SQLException {
    return Long.parseLong(query(file, sql));
  }

  static void execute(Path file, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** SQLite's own check of the file's structure: "ok" when sound. */
  static String integrity(Path file) throws SQLException {
    return query(file, "PRAGMA integrity_check");
  }
}
