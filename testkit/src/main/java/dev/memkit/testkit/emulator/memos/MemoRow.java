package dev.memkit.testkit.emulator.memos;

import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Tags;
import java.time.Instant;
import java.util.List;

/** A memo as the emulator stores it (mutable; guarded by the emulator's lock). */
final class MemoRow {
  final String uid;
  final long sequence;
  String content;
  String visibility;
  boolean pinned;
  String state = "NORMAL";
  final Instant created;
  Instant updated;

  MemoRow(
      String uid, long sequence, String content, String visibility, boolean pinned, Instant now) {
    this.uid = uid;
    this.sequence = sequence;
    this.content = content;
    this.visibility = visibility;
    this.pinned = pinned;
    this.created = now;
    this.updated = now;
  }

  List<String> tags() {
    return Tags.extract(content).stream().map(Tag::value).toList();
  }
}
