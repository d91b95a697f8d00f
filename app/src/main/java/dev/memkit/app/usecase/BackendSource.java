package dev.memkit.app.usecase;

import dev.memkit.port.Failure;
import io.vavr.control.Either;

/**
 * A backend that is opened only when a command first needs it (the local store opens its database
 * file; a remote backend may check its token), so that {@code memkit --version} or {@code memkit
 * backends} touch nothing. Opening twice gives the same ports.
 */
@FunctionalInterface
public interface BackendSource {

  Either<Failure, BackendPorts> open();
}
