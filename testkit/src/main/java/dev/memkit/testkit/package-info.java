/**
 * Test support for memkit and for applications built on it: in-memory fakes of every port
 * (thread-safe, driven by an injected {@link java.time.Clock}, validating input like the real
 * services, with fault injection), an abstract JUnit 5 contract suite per port that every
 * implementation must pass, test-data builders, and a Guice module binding every port to a fake.
 */
@NullMarked
package dev.memkit.testkit;

import org.jspecify.annotations.NullMarked;
