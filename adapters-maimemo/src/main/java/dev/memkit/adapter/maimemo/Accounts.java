package dev.memkit.adapter.maimemo;

import dev.memkit.port.Secret;
import dev.memkit.port.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What MaiMemo counts per user rather than per connection: the rate-limit windows and the daily
 * creation cap. Every {@link MaiMemo} of the process with the same token and the same clock shares
 * one {@link RateLimiter} and one {@link CreationQuota}, so two connections cannot together exceed
 * a limit. Keyed by the clock's identity (weakly), so tests with their own clocks stay apart.
 */
final class Accounts {

  /** The limiter and the creation count of one user. */
  record Account(RateLimiter limiter, CreationQuota quota) {}

  private static final Map<Clock, Map<Secret, Account>> ACCOUNTS = new WeakHashMap<>();

  private Accounts() {}

  static synchronized Account of(Secret token, Clock clock, Sleeper sleeper, Duration margin) {
    return ACCOUNTS
        .computeIfAbsent(clock, c -> new HashMap<>())
        .computeIfAbsent(
            token,
            t ->
                new Account(RateLimiter.maimemo(margin, clock, sleeper), new CreationQuota(clock)));
  }
}
