/**
 * The Memos adapter. Its only public types are the entry point and its configuration; the Feign
 * interfaces, DTOs, mappers and error decoder are package-private.
 */
@NullMarked
package dev.memkit.adapter.memos;

import org.jspecify.annotations.NullMarked;
