package dev.memkit.app.wiring;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a run opened and must close before the process ends (the local store's database connection,
 * so its write-ahead log is checkpointed). Closed last-opened first; a failure to close one does
 * not stop the others.
 */
public final class OpenResources implements AutoCloseable {

  private final Deque<AutoCloseable> open = new ArrayDeque<>();

  synchronized void add(AutoCloseable resource) {
    open.push(resource);
  }

  @Override
  public synchronized void close() {
    while (!open.isEmpty()) {
      try {
        open.pop().close();
      } catch (Exception e) {
        // Nothing more can be saved at exit; the next open recovers a store from its log.
      }
    }
  }
}
