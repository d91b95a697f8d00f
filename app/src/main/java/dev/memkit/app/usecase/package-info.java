/**
 * Use cases: the workflows memkit offers, written once against the ports so that they work with any
 * backend. They depend on ports and domain only (an architecture rule checks it) and are tested
 * against the testkit fakes.
 */
@NullMarked
package dev.memkit.app.usecase;

import org.jspecify.annotations.NullMarked;
