/**
 * Emulators: small stateful HTTP servers on loopback that stand in for the remote services memkit's
 * adapters talk to, so an adapter (or a user's code on top of one) can be tested over real HTTP
 * without a network or an account. One subpackage per service; Jackson is allowed here (and in the
 * adapters), nowhere else in the testkit.
 */
@NullMarked
package dev.memkit.testkit.emulator;

import org.jspecify.annotations.NullMarked;
