package dev.memkit.app.cli;

import dev.memkit.port.Failure;

/**
 * memkit's exit codes. Scripts may rely on them; the table is in the README.
 *
 * <pre>
 *  0  success
 *  1  internal error (a bug: please report it)
 *  2  usage error (unknown command or option, bad argument)
 *  3  not found
 *  4  invalid input
 *  5  not signed in (missing or rejected credentials)
 *  6  not allowed (subscription required, level too low, ...)
 *  7  conflict
 *  8  rate limited
 *  9  quota exceeded
 * 10  backend unavailable
 * 11  not supported by this backend
 * 12  unexpected answer from a backend
 * 13  backend not configured
 * </pre>
 */
public final class ExitCodes {

  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int USAGE = 2;
  public static final int NOT_FOUND = 3;
  public static final int INVALID = 4;
  public static final int UNAUTHENTICATED = 5;
  public static final int FORBIDDEN = 6;
  public static final int CONFLICT = 7;
  public static final int RATE_LIMITED = 8;
  public static final int QUOTA_EXCEEDED = 9;
  public static final int UNAVAILABLE = 10;
  public static final int UNSUPPORTED = 11;
  public static final int UNEXPECTED = 12;
  public static final int NOT_CONFIGURED = 13;

  private ExitCodes() {}

  public static int of(Failure failure) {
    if (failure instanceof Failure.NotFound) {
      return NOT_FOUND;
    } else if (failure instanceof Failure.Invalid) {
      return INVALID;
    } else if (failure instanceof Failure.Unauthenticated) {
      return UNAUTHENTICATED;
    } else if (failure instanceof Failure.Forbidden) {
      return FORBIDDEN;
    } else if (failure instanceof Failure.Conflict) {
      return CONFLICT;
    } else if (failure instanceof Failure.RateLimited) {
      return RATE_LIMITED;
    } else if (failure instanceof Failure.QuotaExceeded) {
      return QUOTA_EXCEEDED;
    } else if (failure instanceof Failure.Unavailable) {
      return UNAVAILABLE;
    } else if (failure instanceof Failure.Unsupported) {
      return UNSUPPORTED;
    }
    return UNEXPECTED;
  }
}
