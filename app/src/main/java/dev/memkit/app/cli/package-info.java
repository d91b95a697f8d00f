/**
 * The {@code memkit} command line (picocli): parses arguments, runs use cases, prints tables or
 * JSON, and maps every failure to one line on standard error and a documented exit code ({@link
 * dev.memkit.app.cli.ExitCodes}).
 */
@NullMarked
package dev.memkit.app.cli;

import org.jspecify.annotations.NullMarked;
