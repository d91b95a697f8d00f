package dev.memkit.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentUploadTest {

  private static final byte[] BYTES = "hello".getBytes(StandardCharsets.UTF_8);

  @Test
  void shouldAcceptUploadWhenNameTypeAndBytesAreValid() {
    AttachmentUpload upload = AttachmentUpload.of("notes.txt", "text/plain", BYTES).get();

    assertThat(upload.fileName()).isEqualTo("notes.txt");
    assertThat(upload.mediaType()).isEqualTo("text/plain");
    assertThat(upload.bytes()).isEqualTo(BYTES);
    assertThat(upload.size()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "image/png",
        "application/vnd.ms-excel",
        "text/plain; charset=utf-8",
        "image/svg+xml"
      })
  void shouldAcceptMediaTypeWhenShapedTypeSlashSubtype(String mediaType) {
    assertThat(AttachmentUpload.of("f", mediaType, BYTES).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "png", "image/", "/png", "image png", "image/png/extra"})
  void shouldRejectMediaTypeWhenNotTypeSlashSubtype(String mediaType) {
    assertThat(AttachmentUpload.of("f", mediaType, BYTES).getError())
        .extracting(Violation::field)
        .containsExactly("mediaType");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dir/file.txt", "..\\evil.txt", "../up", ".", ".."})
  void shouldRejectFileNameWhenItHasPathParts(String fileName) {
    assertThat(AttachmentUpload.of(fileName, "text/plain", BYTES).getError())
        .extracting(Violation::field)
        .containsExactly("fileName");
  }

  @Test
  void shouldRejectFileNameWhenBlankOrWithControlCharacters() {
    assertThat(AttachmentUpload.of(" ", "text/plain", BYTES).getError())
        .containsExactly(Violation.of("fileName", "must not be blank"));
    assertThat(AttachmentUpload.of("a\u0000b", "text/plain", BYTES).isInvalid()).isTrue();
    assertThat(AttachmentUpload.of("a".repeat(256), "text/plain", BYTES).isInvalid()).isTrue();
  }

  @Test
  void shouldRejectUploadWhenContentIsEmpty() {
    assertThat(AttachmentUpload.of("f", "text/plain", new byte[0]).getError())
        .containsExactly(Violation.of("content", "must not be empty"));
  }

  @Test
  void shouldRejectUploadWhenContentExceedsMemosDefaultLimit() {
    byte[] tooBig = new byte[AttachmentUpload.MAX_BYTES + 1];

    assertThat(AttachmentUpload.of("big.bin", "application/octet-stream", tooBig).getError())
        .extracting(Violation::field)
        .containsExactly("content");
  }

  @Test
  void shouldReportEveryProblemWhenAllFieldsAreInvalid() {
    assertThat(AttachmentUpload.of("a/b", "nope", new byte[0]).getError())
        .extracting(Violation::field)
        .containsExactly("fileName", "mediaType", "content");
  }

  @Test
  void shouldCopyBytesInAndOutWhenCallerMutatesArrays() {
    byte[] source = BYTES.clone();
    AttachmentUpload upload = AttachmentUpload.of("f", "text/plain", source).get();

    source[0] = 'X';
    upload.bytes()[1] = 'Y';

    assertThat(upload.bytes()).isEqualTo(BYTES);
  }

  @Test
  void shouldCompareByContentWhenTwoUploadsHoldEqualBytes() {
    AttachmentUpload one = AttachmentUpload.of("f", "text/plain", BYTES).get();
    AttachmentUpload two = AttachmentUpload.of("f", "text/plain", BYTES.clone()).get();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one.toString()).contains("5 bytes");
  }

  @Test
  void shouldThrowWhenConstructedDirectlyFromInvalidInput() {
    assertThatThrownBy(() -> new AttachmentUpload("a/b", "text/plain", BYTES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
