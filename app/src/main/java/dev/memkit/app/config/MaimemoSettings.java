package dev.memkit.app.config;

import dev.memkit.port.Secret;

/**
 * MaiMemo is configured by {@code MAIMEMO_TOKEN}, the Open API token from the app (我的 → 更多设置 → 开放
 * API).
 */
public record MaimemoSettings(Secret token) {

  public static final String TOKEN = "MAIMEMO_TOKEN";
}
