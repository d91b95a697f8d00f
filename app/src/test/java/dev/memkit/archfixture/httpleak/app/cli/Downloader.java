package dev.memkit.archfixture.httpleak.app.cli;

import dev.memkit.archfixture.httpleak.http.Retries;

/** Breaks "HTTP support serves only adapters": the CLI retrying HTTP calls itself. */
public final class Downloader {
  public int attempts() {
    return new Retries().attempts();
  }
}
