/**
 * Scheduling: grades, review states, the {@link dev.memkit.domain.schedule.Scheduler} interface
 * with its SM-2 and FSRS-6 implementations, study days (a zone and a rollover hour) and due
 * forecasts. Pure functions: every operation receives the time it needs; nothing here reads a
 * clock, and FSRS fuzz, off by default, is drawn from a configured seed rather than global
 * randomness.
 *
 * <p>{@link dev.memkit.domain.schedule.Sm2Scheduler} is SM-2 as published, "EF first", EF kept on
 * failure, in exact decimals; {@link dev.memkit.domain.schedule.Fsrs6Scheduler} reproduces py-fsrs
 * 6.3.1. {@link dev.memkit.domain.schedule.GradeMapping} turns 0–5 grades into FSRS's four ratings.
 * Each class's documentation gives its choices and the reference sections behind them.
 */
@NullMarked
package dev.memkit.domain.schedule;

import org.jspecify.annotations.NullMarked;
