package dev.memkit.adapter.local;

/**
 * A row the store cannot read back (edited by hand, or written by a buggy version): thrown while
 * mapping rows and turned into {@link dev.memkit.port.Failure.Unexpected} by {@link Database}.
 */
final class StoreCorrupt extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StoreCorrupt(String message) {
    super(message, null, false, false);
  }
}
