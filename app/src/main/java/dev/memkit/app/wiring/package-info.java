/**
 * The composition root: Guice modules that bind the ports to the configured backends, and the
 * catalogue of backends memkit knows. The only place that names adapter classes (an architecture
 * rule checks it). Modules do no I/O and hold no decisions; which modules to install is decided by
 * {@link dev.memkit.app.wiring.Wiring}.
 */
@NullMarked
package dev.memkit.app.wiring;

import org.jspecify.annotations.NullMarked;
