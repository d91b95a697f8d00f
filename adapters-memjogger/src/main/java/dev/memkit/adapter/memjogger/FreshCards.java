package dev.memkit.adapter.memjogger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The cards this adapter instance created and has not marked since: the only cards it knows were
 * never reviewed. Memjogger answers a card's next date and nothing about its history, so every
 * other card is {@link dev.memkit.domain.schedule.ReviewState.Scheduled}; these are {@link
 * dev.memkit.domain.schedule.ReviewState.Fresh}. The knowledge is per process (a card created by an
 * earlier run, or marked by another client since, is reported as scheduled or wrongly as fresh
 * respectively) and bounded: past {@value #LIMIT} cards the oldest are forgotten, and they too are
 * then reported as scheduled.
 */
final class FreshCards {

  static final int LIMIT = 100_000;

  private final Cache<Long, Boolean> ids =
      Caffeine.newBuilder().maximumSize(LIMIT).executor(Runnable::run).build();

  void created(long id) {
    ids.put(id, Boolean.TRUE);
  }

  void reviewed(long id) {
    ids.invalidate(id);
  }

  boolean isFresh(long id) {
    return ids.getIfPresent(id) != null;
  }
}
