package dev.memkit.domain.word;

/**
 * Whether the user's content is shared with other MaiMemo users ({@code PUBLISHED}, 发布) or kept
 * private ({@code UNPUBLISHED}, 未发布). The service's third status, {@code DELETED}, never reaches
 * the domain: deleted things are simply gone.
 */
public enum PublicationStatus {
  PUBLISHED,
  UNPUBLISHED
}
