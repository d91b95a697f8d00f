/**
 * Test support for the notes ports: an in-memory notes backend ({@link
 * dev.memkit.testkit.note.InMemoryNoteBackend}) whose fakes share one store and behave like Memos
 * where it matters, the contract suites every implementation of the notes ports must pass ({@code
 * *Contract}), and test-data builders ({@link dev.memkit.testkit.note.NoteFixtures}).
 */
@NullMarked
package dev.memkit.testkit.note;

import org.jspecify.annotations.NullMarked;
