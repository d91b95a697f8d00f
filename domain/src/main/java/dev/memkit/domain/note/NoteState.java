package dev.memkit.domain.note;

/**
 * Whether a note is in the normal stream or put away. Archiving keeps a note (and its attachments)
 * but takes it out of ordinary listings, searches and tag counts; deleting removes it.
 */
public enum NoteState {
  NORMAL,
  ARCHIVED
}
