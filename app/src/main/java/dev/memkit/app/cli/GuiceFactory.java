package dev.memkit.app.cli;

import com.google.inject.Injector;
import com.google.inject.Key;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Lets picocli take commands from Guice; picocli's own helpers (help, converters) it builds itself.
 */
final class GuiceFactory implements IFactory {

  private final Injector injector;

  GuiceFactory(Injector injector) {
    this.injector = injector;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (injector.getExistingBinding(Key.get(type)) != null) {
      return injector.getInstance(type);
    }
    return CommandLine.defaultFactory().create(type);
  }
}
