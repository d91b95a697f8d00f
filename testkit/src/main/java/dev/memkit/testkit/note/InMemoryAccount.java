package dev.memkit.testkit.note;

import dev.memkit.domain.account.ProfileChange;
import dev.memkit.domain.account.ServiceInfo;
import dev.memkit.domain.account.User;
import dev.memkit.port.Account;
import dev.memkit.port.Failure;
import dev.memkit.testkit.FaultInjectable;
import dev.memkit.testkit.Faults;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * {@link Account} in memory: always signed in as the backend's user. To test how code copes with
 * rejected credentials, queue a {@link Failure.Unauthenticated} through {@link #faults()}.
 */
public final class InMemoryAccount implements Account, FaultInjectable {

  private final NoteStore store;
  private final Faults faults;

  InMemoryAccount(NoteStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public Either<Failure, User> whoAmI() {
    return faults.run(
        () -> {
          synchronized (store) {
            return Either.right(store.user);
          }
        });
  }

  @Override
  public Either<Failure, ServiceInfo> serviceInfo() {
    return faults.run(() -> Either.right(store.serviceInfo));
  }

  @Override
  public Either<Failure, User> updateProfile(ProfileChange change) {
    Objects.requireNonNull(change, "change");
    return faults.run(
        () -> {
          synchronized (store) {
            store.user = store.user.with(change);
            return Either.right(store.user);
          }
        });
  }
}
