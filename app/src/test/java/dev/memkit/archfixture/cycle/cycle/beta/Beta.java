package dev.memkit.archfixture.cycle.cycle.beta;

import dev.memkit.archfixture.cycle.cycle.alpha.Alpha;

public final class Beta {
  public Alpha alpha() {
    return new Alpha();
  }
}
