package dev.memkit.adapter.local;

import dev.memkit.domain.schedule.Fsrs6Scheduler;
import dev.memkit.domain.schedule.FsrsSettings;
import dev.memkit.domain.schedule.Scheduler;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.Sm2Scheduler;
import dev.memkit.domain.schedule.StudyDay;
import java.util.EnumMap;
import java.util.Map;

/** The store's scheduler of each kind: FSRS-6 with the configured settings, SM-2 on study days. */
final class Schedulers {

  private final Map<SchedulerKind, Scheduler> byKind = new EnumMap<>(SchedulerKind.class);

  Schedulers(FsrsSettings fsrs, StudyDay studyDay) {
    byKind.put(SchedulerKind.FSRS6, Fsrs6Scheduler.create(fsrs));
    byKind.put(SchedulerKind.SM2, Sm2Scheduler.create(studyDay));
  }

  Scheduler of(SchedulerKind kind) {
    return byKind.get(kind);
  }

  /** The kind a deck row names. */
  static SchedulerKind kind(String label) {
    for (SchedulerKind kind : SchedulerKind.values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    throw new StoreCorrupt("a deck with an unknown scheduler: " + label);
  }
}
