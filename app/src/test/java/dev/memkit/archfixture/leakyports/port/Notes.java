package dev.memkit.archfixture.leakyports.port;

import dev.memkit.archfixture.leakyports.app.Config;

/** Breaks "ports depend only on the domain": a port that needs the app's configuration. */
public interface Notes {
  String first(Config config);
}
