/**
 * Support shared by memkit's HTTP adapters: a {@link dev.memkit.http.RetryPolicy} that retries only
 * idempotent calls, with exponential back-off and {@code Retry-After} ({@link
 * dev.memkit.http.RetryAfter}) waited through an injected {@link dev.memkit.port.Sleeper}; a
 * secret-safe {@link dev.memkit.http.RequestLog}; and the mapping of transport errors ({@link
 * dev.memkit.http.TransportFailures}) and plain HTTP statuses ({@link
 * dev.memkit.http.StatusFailures}) to {@link dev.memkit.port.Failure}s with safe messages.
 *
 * <p>Not an adapter itself and not used outside adapters (an architecture rule checks both).
 */
@NullMarked
package dev.memkit.http;

import org.jspecify.annotations.NullMarked;
