package dev.memkit.port;

/**
 * The result of an operation that succeeds with nothing to return (a delete, a rename): {@code
 * Either<Failure, Done>}. There is one value, {@link #DONE}.
 */
public enum Done {
  DONE
}
