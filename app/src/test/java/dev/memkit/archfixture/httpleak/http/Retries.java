package dev.memkit.archfixture.httpleak.http;

public final class Retries {
  public int attempts() {
    return 3;
  }
}
