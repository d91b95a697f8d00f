package dev.memkit.testkit.emulator.memjogger;

/**
 * Where an emulated account stands with Memjogger's trial and subscription. The operations the API
 * document marks "[trial or subscription required]" (creating, renaming and deleting card sets;
 * creating, updating and deleting cards) answer {@code 403 {"errors": ["trial_expired"]}} or {@code
 * ["sub_expired"]} unless the account is in {@link #TRIAL} or {@link #SUBSCRIBED}. Reads and marks
 * always work.
 */
public enum Subscription {
  /** In the free trial: everything works (a new account starts here). */
  TRIAL,
  /** Paying: everything works. */
  SUBSCRIBED,
  /** The trial ended without a subscription: writes answer {@code trial_expired}. */
  TRIAL_EXPIRED,
  /** A subscription ended: writes answer {@code sub_expired}. */
  SUBSCRIPTION_EXPIRED;

  boolean allowsWrites() {
    return this == TRIAL || this == SUBSCRIBED;
  }
}
