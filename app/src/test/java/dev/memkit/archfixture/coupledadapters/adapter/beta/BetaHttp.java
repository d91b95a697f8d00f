package dev.memkit.archfixture.coupledadapters.adapter.beta;

public final class BetaHttp {
  public String get() {
    return "";
  }
}
