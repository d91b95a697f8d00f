package dev.memkit.app.config;

import dev.memkit.port.Secret;
import java.net.URI;

/**
 * Memos is configured by {@code MEMOS_HOST} (the server's base URL) and {@code MEMOS_TOKEN} (an
 * access token).
 */
public record MemosSettings(URI host, Secret token) {

  public static final String HOST = "MEMOS_HOST";
  public static final String TOKEN = "MEMOS_TOKEN";
}
