package dev.memkit.archfixture.guiceleak.adapter.alpha;

import com.google.inject.AbstractModule;

/** Breaks "Guice lives only in app and testkit": an adapter that ships its own Guice module. */
public final class AlphaModule extends AbstractModule {}
