/**
 * Words as MaiMemo (墨墨背单词) knows them: dictionary entries ({@link dev.memkit.domain.word.Word}),
 * the user's own definitions, mnemonics and example sentences for a word, cloud word lists with
 * their content format ({@link dev.memkit.domain.word.WordListContent}), and the study plan's
 * progress, today's items and study records.
 *
 * <p>Values that come from user input are built through {@code Validation} factories that report
 * every problem with its field name. Drafts may also be built directly (for adapters and tests);
 * every port re-checks a draft with its {@code validate()} before writing. Study dates are Beijing
 * study days ({@link dev.memkit.domain.word.BeijingDay}).
 */
@NullMarked
package dev.memkit.domain.word;

import org.jspecify.annotations.NullMarked;
