package dev.memkit.archfixture.cycle.cycle.alpha;

import dev.memkit.archfixture.cycle.cycle.beta.Beta;

/** Breaks "packages are free of cycles": alpha needs beta and beta needs alpha. */
public final class Alpha {
  public Beta beta() {
    return new Beta();
  }
}
