/**
 * Flashcards: decks (Memjogger's card sets) with their names, cards with a question, an answer and
 * a place in a schedule, and the record of one review. Values are built from input through
 * factories returning {@code Validation}, with Memjogger's limits (deck names 1 to 25 characters,
 * questions and answers up to 10,000), so a value that exists is always valid.
 */
@NullMarked
package dev.memkit.domain.card;

import org.jspecify.annotations.NullMarked;
