/**
 * An emulator of Memjogger's HTTP API ({@link
 * dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator}): accounts and tokens, card sets and
 * cards per user, paging, {@code exam_count}, SM-2 scheduling of marks, CSV and XML exports, the
 * documented error codes, the trial/subscription switch, and fault injection.
 */
@NullMarked
package dev.memkit.testkit.emulator.memjogger;

import org.jspecify.annotations.NullMarked;
