package dev.memkit.archfixture.wireleak.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "Feign and Jackson live only in adapters": the CLI serialising with Jackson. */
public final class JsonPrinter {
  private final ObjectMapper mapper = new ObjectMapper();

  public ObjectMapper mapper() {
    return mapper;
  }
}
