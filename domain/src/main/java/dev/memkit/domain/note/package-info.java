/**
 * Notes in the style of Memos: markdown {@link dev.memkit.domain.note.Note}s with a visibility, a
 * pinned flag and an archived state; {@link dev.memkit.domain.note.Tag}s found in their text by
 * {@link dev.memkit.domain.note.Tags#extract}; file {@link dev.memkit.domain.note.Attachment}s; and
 * {@link dev.memkit.domain.note.Webhook}s that a backend calls when notes change. Drafts and
 * changes are validated values: a backend never sees one that breaks a rule.
 */
@NullMarked
package dev.memkit.domain.note;

import org.jspecify.annotations.NullMarked;
