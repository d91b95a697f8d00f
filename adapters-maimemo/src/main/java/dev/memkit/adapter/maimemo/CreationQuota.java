package dev.memkit.adapter.maimemo;

import dev.memkit.domain.word.BeijingDay;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;

/**
 * MaiMemo's creation cap, counted here so that the 601st creation of a Beijing day is refused
 * before any request: definitions, mnemonics and sentences together, 600 per day, per user. A
 * creation reserves its place first and gives it back when the service refused it.
 */
final class CreationQuota {

  static final int DAILY = 600;

  private final Clock clock;
  private LocalDate day = LocalDate.MIN;
  private int used;

  CreationQuota(Clock clock) {
    this.clock = clock;
  }

  synchronized Either<Failure, LocalDate> reserve() {
    LocalDate today = BeijingDay.of(clock.instant());
    if (!today.equals(day)) {
      day = today;
      used = 0;
    }
    if (used >= DAILY) {
      return Either.left(
          new Failure.QuotaExceeded(
              Api.local(),
              DAILY
                  + " definitions, mnemonics and sentences per Beijing day (used up on "
                  + today
                  + ")"));
    }
    used++;
    return Either.right(today);
  }

  synchronized void release(LocalDate reservedOn) {
    if (reservedOn.equals(day) && used > 0) {
      used--;
    }
  }

  /** Creations counted for the current Beijing day. */
  synchronized int used() {
    return BeijingDay.of(clock.instant()).equals(day) ? used : 0;
  }
}
