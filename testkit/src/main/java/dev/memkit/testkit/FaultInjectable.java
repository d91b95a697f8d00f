package dev.memkit.testkit;

/** A fake whose calls can be made to fail or to be slow; see {@link Faults}. */
public interface FaultInjectable {

  Faults faults();
}
