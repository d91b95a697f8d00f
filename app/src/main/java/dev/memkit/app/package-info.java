/** The memkit application: use cases over the ports, backend wiring and the command line. */
@NullMarked
package dev.memkit.app;

import org.jspecify.annotations.NullMarked;
