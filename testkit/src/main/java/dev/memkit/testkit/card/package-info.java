/**
 * Flashcard test support: an in-memory flashcard backend ({@link
 * dev.memkit.testkit.card.InMemoryCardBackend}) implementing {@link dev.memkit.port.Decks}, {@link
 * dev.memkit.port.Cards}, {@link dev.memkit.port.Reviews}, {@link dev.memkit.port.Forecasts},
 * {@link dev.memkit.port.CardImports}, {@link dev.memkit.port.DeckSchedulers} and {@link
 * dev.memkit.port.ReviewHistory} over one shared state, {@link dev.memkit.port.CardExports} over
 * that backend ({@link dev.memkit.testkit.card.InMemoryCardExports}), the contract suites every
 * implementation of those ports must pass, and test-data builders ({@link
 * dev.memkit.testkit.card.CardFixtures}).
 */
@NullMarked
package dev.memkit.testkit.card;

import org.jspecify.annotations.NullMarked;
