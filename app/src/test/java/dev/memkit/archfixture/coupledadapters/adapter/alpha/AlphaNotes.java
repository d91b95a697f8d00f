package dev.memkit.archfixture.coupledadapters.adapter.alpha;

import dev.memkit.archfixture.coupledadapters.adapter.beta.BetaHttp;

/** Breaks "adapters do not know each other": reuses another adapter's HTTP code. */
public final class AlphaNotes {
  private final BetaHttp http = new BetaHttp();

  public String get() {
    return http.get();
  }
}
