package dev.memkit.port;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentContentTest {

  @Test
  void shouldCopyBytesInAndOutWhenCallerMutatesArrays() {
    byte[] source = {1, 2, 3};
    AttachmentContent content = new AttachmentContent("f.bin", "application/octet-stream", source);

    source[0] = 9;
    content.bytes()[1] = 9;

    assertThat(content.bytes()).containsExactly(1, 2, 3);
    assertThat(content.size()).isEqualTo(3);
  }

  @Test
  void shouldBeEqualWhenBytesAreEqual() {
    AttachmentContent one = new AttachmentContent("f", "text/plain", new byte[] {1});
    AttachmentContent two = new AttachmentContent("f", "text/plain", new byte[] {1});

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(new AttachmentContent("f", "text/plain", new byte[] {2}));
    assertThat(one.toString()).contains("1 bytes");
  }
}
