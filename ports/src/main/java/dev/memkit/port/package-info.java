/**
 * The ports: one small interface per capability memkit needs from a backend (decks, cards, notes,
 * words, study plans, ...), speaking only domain types. Every operation returns {@code
 * Either<Failure, T>}: expected failures are values of the sealed {@link dev.memkit.port.Failure},
 * never exceptions. Large collections come in {@link dev.memkit.port.Page}s addressed by an opaque
 * {@link dev.memkit.port.Cursor}; {@link dev.memkit.port.Pages} walks them lazily.
 *
 * <p>Implementations are named {@code <Tech><Port>}: {@code InMemoryNotes}, {@code MemosNotes},
 * {@code SqliteCards}. Each must pass the port's contract suite in {@code memkit-testkit}.
 */
@NullMarked
package dev.memkit.port;

import org.jspecify.annotations.NullMarked;
