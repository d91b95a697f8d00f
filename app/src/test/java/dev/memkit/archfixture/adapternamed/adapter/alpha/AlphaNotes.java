package dev.memkit.archfixture.adapternamed.adapter.alpha;

public final class AlphaNotes {
  public String get() {
    return "";
  }
}
