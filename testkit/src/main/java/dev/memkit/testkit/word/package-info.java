/**
 * Test support for the word ports (MaiMemo-like backends): {@link
 * dev.memkit.testkit.word.InMemoryWordBackend}, one set of thread-safe fakes sharing a dictionary,
 * the user's content and a study plan; the contract suites every implementation of {@link
 * dev.memkit.port.Vocabulary}, {@link dev.memkit.port.Definitions}, {@link
 * dev.memkit.port.Mnemonics}, {@link dev.memkit.port.Sentences}, {@link dev.memkit.port.WordLists}
 * and {@link dev.memkit.port.StudyPlan} must pass; and test-data builders ({@link
 * dev.memkit.testkit.word.WordFixtures}).
 */
@NullMarked
package dev.memkit.testkit.word;

import org.jspecify.annotations.NullMarked;
