package dev.memkit.domain.note;

import dev.memkit.domain.validation.Check;
import dev.memkit.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file to be uploaded as an attachment: its name (no directories), its media type ({@code
 * image/png}) and its bytes. Immutable: the bytes are copied in and out.
 *
 * <p>Rules: the file name is not blank, at most {@value #MAX_FILE_NAME_LENGTH} characters (the
 * usual file-system limit), without {@code /}, {@code \} or control characters, and not {@code .}
 * or {@code ..}; the media type is {@code type/subtype} (RFC 6838 names), optionally followed by
 * parameters; the content is not empty and at most {@value #MAX_BYTES} bytes, Memos' default {@code
 * uploadSizeLimitMb} of 32 MiB.
 */
public record AttachmentUpload(String fileName, String mediaType, byte[] bytes) {

  public static final int MAX_FILE_NAME_LENGTH = 255;

  /** Memos' default upload size limit: 32 MiB. */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
              + "(?:[ \\t]*;.*)?");

  public AttachmentUpload {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
    Seq<Violation> problems = problems(fileName, mediaType, bytes);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.mkString("; "));
    }
    bytes = bytes.clone();
  }

  /** An upload, or every rule it breaks. */
  public static Validation<Seq<Violation>, AttachmentUpload> of(
      String fileName, String mediaType, byte[] bytes) {
    Seq<Violation> problems = problems(fileName, mediaType, bytes);
    return problems.isEmpty()
        ? Validation.valid(new AttachmentUpload(fileName, mediaType, bytes))
        : Validation.invalid(problems);
  }

  /** A copy of the content. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AttachmentUpload that
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
    return "AttachmentUpload[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
  }

  private static Seq<Violation> problems(String fileName, String mediaType, byte[] bytes) {
    Validation<Seq<Violation>, String> name =
        Check.text("fileName", fileName, MAX_FILE_NAME_LENGTH)
            .flatMap(AttachmentUpload::checkFileName);
    Validation<Seq<Violation>, String> type =
        MEDIA_TYPE.matcher(mediaType).matches()
            ? Validation.valid(mediaType)
            : Check.invalid("mediaType", "must look like type/subtype, e.g. image/png");
    Validation<Seq<Violation>, Integer> size =
        bytes.length == 0
            ? Check.invalid("content", "must not be empty")
            : bytes.length > MAX_BYTES
                ? Check.invalid(
                    "content", "must be at most " + MAX_BYTES + " bytes (was " + bytes.length + ")")
                : Validation.valid(bytes.length);
    return io.vavr.collection.List.of(name, type, size)
        .filter(Validation::isInvalid)
        .flatMap(Validation::getError);
  }

  private static Validation<Seq<Violation>, String> checkFileName(String name) {
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      return Check.invalid("fileName", "must be a bare file name, without / or \\");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      return Check.invalid("fileName", "must not contain control characters");
    }
    if (name.equals(".") || name.equals("..")) {
      return Check.invalid("fileName", "must not be . or ..");
    }
    return Validation.valid(name);
  }
}
