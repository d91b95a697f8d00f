package dev.memkit.http;

/**
 * Whether sending a request twice has the same effect as sending it once. Only idempotent calls are
 * retried: a create or a mark whose answer was lost may have landed, and sending it again would
 * duplicate the card or record a second review.
 */
public enum Idempotency {
  /** Safe to repeat: reads, and writes that set a state (HTTP GET, PUT, DELETE). */
  IDEMPOTENT,
  /** Each call is a new effect (a create, a mark): sent at most once. */
  NOT_IDEMPOTENT
}
