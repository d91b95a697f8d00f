/**
 * A stateful emulator of the real Memos server's HTTP API (0.26 and later, the "current" dialect)
 * on loopback HTTP, with fault injection, for the Memos adapter's contract and conformance tests.
 */
@NullMarked
package dev.memkit.testkit.emulator.memos;

import org.jspecify.annotations.NullMarked;
