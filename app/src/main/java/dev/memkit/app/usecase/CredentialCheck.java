package dev.memkit.app.usecase;

import dev.memkit.port.Failure;
import io.vavr.control.Either;

/**
 * One cheap call that proves a backend accepts the configured credentials ({@code whoAmI} where the
 * backend has it, a read-only call such as today's study progress where it does not). Answers who
 * or what was verified.
 */
@FunctionalInterface
public interface CredentialCheck {

  Either<Failure, String> verify();
}
