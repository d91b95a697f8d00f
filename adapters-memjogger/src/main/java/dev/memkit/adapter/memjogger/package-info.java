/**
 * The Memjogger adapter: card sets, cards and marks over Memjogger's HTTP API. Its only public
 * types are the entry point and its configuration; the Feign interface, DTOs, mappers and error
 * decoder are package-private.
 */
@NullMarked
package dev.memkit.adapter.memjogger;

import org.jspecify.annotations.NullMarked;
