/**
 * Guice support for tests: {@link dev.memkit.testkit.wiring.FakePortsModule} binds every port to a
 * fake.
 */
@NullMarked
package dev.memkit.testkit.wiring;

import org.jspecify.annotations.NullMarked;
