/**
 * Configuration: which backends the user set up, read from the environment. Credentials are held as
 * {@link dev.memkit.port.Secret}s from the moment they are read, so they cannot leak through a
 * {@code toString()}.
 */
@NullMarked
package dev.memkit.app.config;

import org.jspecify.annotations.NullMarked;
