/**
 * Scheduling: grades, review states, the {@link dev.memkit.domain.schedule.Scheduler} interface
 * with its SM-2 and FSRS-6 implementations, study days (a zone and a rollover hour) and due
 * forecasts. Pure functions: every operation receives the time it needs; nothing here reads a
 * clock.
 */
@NullMarked
package dev.memkit.domain.schedule;

import org.jspecify.annotations.NullMarked;
