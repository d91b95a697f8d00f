package dev.memkit.port;

/** The native export formats a flashcard backend may offer (Memjogger's {@code export=csv|xml}). */
public enum ExportFormat {
  /** Comma-separated values: question, answer, next due day per row (RFC 4180 quoting). */
  CSV,
  /** An XML document with one element per card. */
  XML
}
