/**
 * Support shared by memkit's HTTP adapters. Not an adapter itself and not used outside adapters (an
 * architecture rule checks both).
 */
@NullMarked
package dev.memkit.http;

import org.jspecify.annotations.NullMarked;
