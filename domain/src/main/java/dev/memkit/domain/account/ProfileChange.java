package dev.memkit.domain.account;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A partial update of the signed-in user's profile: each defined field replaces the current one,
 * the others stay. At least one field is defined. None can be cleared.
 *
 * <p>Rules: the display name is not blank and at most {@value #MAX_DISPLAY_NAME_LENGTH} characters;
 * the e-mail address has the shape {@code local@domain} without whitespace, at most {@value
 * #MAX_EMAIL_LENGTH} characters (RFC 5321's limit); the avatar is an absolute {@code http}, {@code
 * https} or {@code data} URI (Memos' web interface stores uploaded avatars as {@code data:} URIs).
 */
public record ProfileChange(Option<String> displayName, Option<String> email, Option<URI> avatar) {

  public static final int MAX_DISPLAY_NAME_LENGTH = 100;
  public static final int MAX_EMAIL_LENGTH = 254;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public ProfileChange {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(avatar, "avatar");
    Seq<Violation> problems = problems(displayName, email, avatar.map(URI::toString));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.mkString("; "));
    }
  }

  /** A change, or every rule it breaks. */
  public static Validation<Seq<Violation>, ProfileChange> of(
      Option<String> displayName, Option<String> email, Option<String> avatar) {
    Seq<Violation> problems = problems(displayName, email, avatar);
    return problems.isEmpty()
        ? Validation.valid(new ProfileChange(displayName, email, avatar.map(URI::create)))
        : Validation.invalid(problems);
  }

  public static Validation<Seq<Violation>, ProfileChange> displayName(String displayName) {
    return of(Option.some(displayName), Option.none(), Option.none());
  }

  public static Validation<Seq<Violation>, ProfileChange> email(String email) {
    return of(Option.none(), Option.some(email), Option.none());
  }

  public static Validation<Seq<Violation>, ProfileChange> avatar(String avatar) {
    return of(Option.none(), Option.none(), Option.some(avatar));
  }

  private static Seq<Violation> problems(
      Option<String> displayName, Option<String> email, Option<String> avatar) {
    if (displayName.isEmpty() && email.isEmpty() && avatar.isEmpty()) {
      return List.of(
          Violation.of("profile", "must change at least one of display name, e-mail, avatar"));
    }
    return List.of(
            displayName.map(name -> Check.text("displayName", name, MAX_DISPLAY_NAME_LENGTH)),
            email.map(ProfileChange::checkEmail),
            avatar.map(ProfileChange::checkAvatar))
        .flatMap(check -> check)
        .filter(Validation::isInvalid)
        .flatMap(Validation::getError);
  }

  private static Validation<Seq<Violation>, String> checkEmail(String email) {
    if (email.length() > MAX_EMAIL_LENGTH) {
      return Check.invalid("email", "must be at most " + MAX_EMAIL_LENGTH + " characters long");
    }
    return EMAIL.matcher(email).matches()
        ? Validation.valid(email)
        : Check.invalid("email", "must look like name@example.com (was " + email + ")");
  }

  private static Validation<Seq<Violation>, String> checkAvatar(String avatar) {
    URI uri;
    try {
      uri = new URI(avatar);
    } catch (URISyntaxException e) {
      return Check.invalid("avatar", "is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    return web || scheme.equals("data")
        ? Validation.valid(avatar)
        : Check.invalid("avatar", "must be an absolute http, https or data URL");
  }
}
