package dev.memkit.port;

import dev.memkit.domain.account.ProfileChange;
import dev.memkit.domain.account.ServiceInfo;
import dev.memkit.domain.account.User;
import io.vavr.control.Either;

/**
 * The signed-in account of a notes backend, and the backend's description of itself.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #whoAmI}: the user the credentials belong to; {@link Failure.Unauthenticated} when
 *       they are missing or rejected. Use it to check credentials: Memos treats a bad token on
 *       public operations as anonymous rather than rejecting it.
 *   <li>{@link #serviceInfo}: the backend's name and version (Memos: {@code /instance/profile});
 *       needs no credentials where the service allows that.
 *   <li>{@link #updateProfile}: applies the change to the signed-in user and returns the user as
 *       now stored; {@link #whoAmI} shows the change from then on.
 * </ul>
 */
public interface Account {

  Either<Failure, User> whoAmI();

  Either<Failure, ServiceInfo> serviceInfo();

  Either<Failure, User> updateProfile(ProfileChange change);
}
