/**
 * The signed-in account of a notes backend and what the backend says about itself: the {@link
 * dev.memkit.domain.account.User}, {@link dev.memkit.domain.account.ServiceInfo}, and validated
 * {@link dev.memkit.domain.account.ProfileChange}s.
 */
@NullMarked
package dev.memkit.domain.account;

import org.jspecify.annotations.NullMarked;
