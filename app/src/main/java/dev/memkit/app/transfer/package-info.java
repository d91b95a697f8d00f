/**
 * Card files: CSV as Memjogger exports it (question, answer, next date) and JSON lines ({@code
 * {"question":..,"answer":..,"due":"YYYY-MM-DD"}}), read tolerantly and written so that they read
 * back unchanged. Pure text handling over {@link java.io.Reader}s and {@link java.io.Writer}s:
 * depends on the domain and the JDK only, and validates nothing but the file's shape (a card's
 * content rules are the use case's business).
 */
@NullMarked
package dev.memkit.app.transfer;

import org.jspecify.annotations.NullMarked;
