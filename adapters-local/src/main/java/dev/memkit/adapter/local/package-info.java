/**
 * The local store: memkit's embedded default backend, one SQLite file. Its only public types are
 * the entry point ({@link dev.memkit.adapter.local.LocalStore}) and its configuration ({@link
 * dev.memkit.adapter.local.LocalStoreConfig}); the port implementations ({@code Sqlite<Port>}), the
 * SQL and the migrations are package-private.
 */
@NullMarked
package dev.memkit.adapter.local;

import org.jspecify.annotations.NullMarked;
