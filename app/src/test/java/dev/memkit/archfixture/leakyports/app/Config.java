package dev.memkit.archfixture.leakyports.app;

public record Config(String host) {}
