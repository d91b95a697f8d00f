package dev.memkit.app.config;

import dev.memkit.port.Secret;
import io.vavr.control.Option;
import java.net.URI;

/**
 * MaiMemo is configured by {@code MAIMEMO_TOKEN}, the Open API token from the app (我的 → 更多设置 → 开放
 * API).
 */
public record MaimemoSettings(Secret token, Option<URI> baseUri) {

  public static final String TOKEN = "MAIMEMO_TOKEN";

  /** Another Open API root than {@code https://open.maimemo.com/open} (a test server); optional. */
  public static final String URL = "MAIMEMO_URL";
}
