/**
 * Deliberately broken code: each sub-package breaks one architecture rule, so that {@code
 * ArchitectureTest} can prove the rule fails. Test sources only; the real rules never see it.
 */
package dev.memkit.archfixture;
