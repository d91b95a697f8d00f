package dev.memkit.adapter.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A child JVM holding the write lock of a store file: {@code LockChild DB}. Begins an immediate
 * transaction with plain JDBC, prints {@code locked}, and rolls back and exits when stdin is
 * closed.
 */
public final class LockChild {

  private LockChild() {}

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
        Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      Child.say("locked");
      Child.listen();
      statement.execute("ROLLBACK");
    }
  }
}
