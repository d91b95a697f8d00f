package dev.memkit.archfixture.impuredomain.domain;

import com.google.inject.Injector;

/** Breaks "domain depends only on the JDK and Vavr": a domain value that knows Guice. */
public record Leaky(Injector injector) {}
