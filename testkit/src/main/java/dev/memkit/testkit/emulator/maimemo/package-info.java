/**
 * A stateful emulator of the MaiMemo Open API on loopback HTTP, in virtual time: the envelope, both
 * path prefixes, the three rate-limit windows (answered with real 429s), the 600-per-day creation
 * cap, Beijing study dates, today's items, study records, the level gate of advance review, notepad
 * parsing and fault injection. For adapter tests; never for production.
 */
@NullMarked
package dev.memkit.testkit.emulator.maimemo;

import org.jspecify.annotations.NullMarked;
