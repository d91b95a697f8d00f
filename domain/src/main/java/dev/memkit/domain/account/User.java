package dev.memkit.domain.account;

import io.vavr.control.Option;
import java.net.URI;
import java.util.Objects;

/**
 * The account a backend acts for: its {@code username} (the stable handle, {@code users/{username}}
 * in Memos), the name shown to people, the e-mail address and avatar when set, and its role as the
 * backend names it ({@code ADMIN}, {@code USER}; {@code HOST} on Memos before 0.26).
 */
public record User(
    String username, String displayName, Option<String> email, Option<URI> avatar, String role) {

  public User {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(avatar, "avatar");
    Objects.requireNonNull(role, "role");
  }

  /** This user with {@code change} applied. */
  public User with(ProfileChange change) {
    return new User(
        username,
        change.displayName().getOrElse(displayName),
        change.email().orElse(email),
        change.avatar().orElse(avatar),
        role);
  }
}
