/** The pure core of memkit: values and functions for cards, notes, words and schedules. */
@NullMarked
package dev.memkit.domain;

import org.jspecify.annotations.NullMarked;
