package dev.memkit.app.config;

import dev.memkit.port.Secret;
import io.vavr.control.Option;
import java.net.URI;

/**
 * Memjogger is configured either by {@code MEMJOGGER_EMAIL} + {@code MEMJOGGER_PASSWORD} (memkit
 * logs in and renews the token itself) or by a ready {@code MEMJOGGER_TOKEN}.
 */
public record MemjoggerSettings(Login login, Option<URI> baseUri) {

  /** Another API root than memjogger.com's (a test server, an emulator); optional. */
  public static final String URL = "MEMJOGGER_URL";

  public static final String EMAIL = "MEMJOGGER_EMAIL";
  public static final String PASSWORD = "MEMJOGGER_PASSWORD";
  public static final String TOKEN = "MEMJOGGER_TOKEN";

  /** How memkit signs in to Memjogger. */
  public sealed interface Login {}

  public record WithPassword(String email, Secret password) implements Login {}

  public record WithToken(Secret token) implements Login {}
}
