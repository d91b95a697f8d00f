package dev.memkit.testkit.emulator.memjogger;

import java.nio.charset.StandardCharsets;

/** What the emulator answers: a status, a content type (empty for no body) and the body. */
record Answer(int status, String contentType, byte[] body) {

  static final String JSON = "application/json; charset=utf-8";

  /** A status with an empty body, as Memjogger answers PUT, DELETE and 404. */
  static Answer empty(int status) {
    return new Answer(status, "", new byte[0]);
  }

  static Answer text(int status, String contentType, String text) {
    return new Answer(status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }
}
