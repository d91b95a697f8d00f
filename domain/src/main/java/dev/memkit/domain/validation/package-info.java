/**
 * Violations of input rules and the checks that find them. Factories across the domain return
 * {@code Validation<Seq<Violation>, T>}: bad input is a value listing every problem with its field,
 * never an exception.
 */
@NullMarked
package dev.memkit.domain.validation;

import org.jspecify.annotations.NullMarked;
