package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A webhook to be registered: a name for people and the absolute {@code http} or {@code https} URL
 * to call. The name is not blank and at most {@value #MAX_NAME_LENGTH} characters; the URL at most
 * {@value #MAX_URL_LENGTH} characters, with a host.
 */
public record WebhookDraft(String name, URI url) {

  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_URL_LENGTH = 2048;

  public WebhookDraft {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Seq<Violation> problems =
        io.vavr.collection.List.of(
                Check.text("name", name, MAX_NAME_LENGTH), checkUrl(url.toString()))
            .filter(Validation::isInvalid)
            .flatMap(Validation::getError);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.mkString("; "));
    }
  }

  /** A draft, or every rule it breaks. */
  public static Validation<Seq<Violation>, WebhookDraft> of(String name, String url) {
    return Validation.combine(Check.text("name", name, MAX_NAME_LENGTH), checkUrl(url))
        .ap((validName, validUrl) -> new WebhookDraft(validName, validUrl))
        .mapError(errors -> errors.flatMap(seq -> seq));
  }

  /** The rules for web URLs: absolute, {@code http} or {@code https}, with a host. */
  static Validation<Seq<Violation>, URI> checkUrl(String url) {
    if (url.isBlank()) {
      return Check.invalid("url", "must not be blank");
    }
    if (url.length() > MAX_URL_LENGTH) {
      return Check.invalid("url", "must be at most " + MAX_URL_LENGTH + " characters long");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Check.invalid("url", "is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Check.invalid("url", "must be an absolute http or https URL (was " + url + ")");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Check.invalid("url", "must name a host (was " + url + ")");
    }
    return Validation.valid(uri);
  }
}
