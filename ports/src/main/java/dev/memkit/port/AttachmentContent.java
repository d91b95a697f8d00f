package dev.memkit.port;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of a downloaded attachment, with the file name and media type it was stored under.
 * Immutable: the bytes are copied in and out.
 */
public record AttachmentContent(String fileName, String mediaType, byte[] bytes) {

  public AttachmentContent {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    bytes = bytes.clone();
  }

  /** A copy of the bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AttachmentContent that
        && fileName.equals(that.fileName)
        && mediaType.equals(that.mediaType)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, mediaType, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "AttachmentContent[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
  }
}
