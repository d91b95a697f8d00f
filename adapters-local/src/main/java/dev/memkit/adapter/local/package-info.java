/**
 * The local store: memkit's embedded default backend, one SQLite file. Its only public types are
 * the entry point and its configuration; the port implementations, SQL and migrations are
 * package-private.
 */
@NullMarked
package dev.memkit.adapter.local;

import org.jspecify.annotations.NullMarked;
